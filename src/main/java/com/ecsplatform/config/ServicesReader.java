package com.ecsplatform.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ecs-platform:services} (service name to a service's fields plus {@code routing} and
 * {@code database}), or the legacy {@code ecs-platform:service} as {@code {web: <it>}}. The schema has
 * checked each field; the rules across services are {@link ServiceRoutingRules}.
 */
final class ServicesReader {

    /** The services read, in the stack file's order, and whether they came from the legacy key. */
    record Services(Map<String, ServiceConfig> byName, String defaultName, boolean legacy) {
    }

    private ServicesReader() {
    }

    static Services read(Fields keys, ServiceConfig defaults) {
        String servicesKey = StackConfigLoader.key("services");
        String legacyKey = StackConfigLoader.key("service");
        if (!keys.has(servicesKey)) {
            var legacy = ServiceRules.read(keys.object(legacyKey), defaults);
            return new Services(Map.of(StackConfig.LEGACY_SERVICE_NAME, legacy), StackConfig.LEGACY_SERVICE_NAME, true);
        }
        if (keys.has(legacyKey)) {
            keys.problems().add(legacyKey, "is set together with ecs-platform:services; move it into ecs-platform:services"
                    + " as the entry web (or another name) and remove ecs-platform:service");
        }
        Fields services = keys.object(servicesKey);
        var byName = new LinkedHashMap<String, ServiceConfig>();
        services.node().fieldNames().forEachRemaining(name -> {
            Fields service = services.object(name);
            byName.put(name, ServiceRules.read(service, defaults).toBuilder()
                    .routing(service.has("routing") ? Optional.of(routing(service.object("routing"))) : Optional.empty())
                    .build());
        });
        if (byName.isEmpty()) {
            // Reported by the schema (minProperties); the defaults keep the remaining checks meaningful.
            byName.put(StackConfig.LEGACY_SERVICE_NAME, defaults);
        }
        String defaultName = byName.entrySet().stream()
                .filter(entry -> entry.getValue().isDefault())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(byName.keySet().iterator().next());
        return new Services(byName, defaultName, false);
    }

    /** The routing's fields; a priority left out or refused by the schema reads as 0, which the schema reported. */
    private static RoutingConfig routing(Fields routing) {
        return RoutingConfig.builder()
                .priority(routing.integer("priority").orElse(0))
                .hostHeaders(routing.texts("hostHeaders").orElse(List.of()))
                .pathPatterns(routing.texts("pathPatterns").orElse(List.of()))
                .build();
    }
}
