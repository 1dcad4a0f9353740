package com.ecsplatform.config;

import com.ecsplatform.config.InstanceTypes.InstanceType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ecs-platform:services} (service name to {@link ServiceSection}'s fields plus {@code routing}
 * and {@code database}), or the legacy {@code ecs-platform:service} as {@code {web: <it>}}. Only the
 * per-field reading lives here; the rules across services are {@link ServiceRoutingRules}.
 */
final class ServicesSection {

    private static final Check<String> NO_CHECK = (value, shown) -> Optional.empty();

    /** The services read, in order, and whether they came from the legacy key. */
    record Services(Map<String, ServiceConfig> byName, String defaultName, boolean legacy) {
    }

    private ServicesSection() {
    }

    static Services read(ObjectReader keys, ServiceConfig defaults, Optional<Profile> profile, Optional<InstanceType> host) {
        Optional<ObjectReader> services = keys.optionalObject("services");
        if (services.isEmpty()) {
            if (keys.hasProblem("services")) {
                keys.object("service");
                return new Services(Map.of(StackConfig.LEGACY_SERVICE_NAME, defaults), StackConfig.LEGACY_SERVICE_NAME, false);
            }
            var legacy = ServiceSection.read(keys.object("service"), defaults, profile, host);
            return new Services(Map.of(StackConfig.LEGACY_SERVICE_NAME, legacy), StackConfig.LEGACY_SERVICE_NAME, true);
        }
        keys.optionalObject("service").ifPresent(legacy -> keys.report("service",
                "is set together with ecs-platform:services; move it into ecs-platform:services as the entry web (or another name)"
                        + " and remove ecs-platform:service"));
        ObjectReader map = services.get();
        var byName = new LinkedHashMap<String, ServiceConfig>();
        List<String> names = map.fieldNames();
        if (names.isEmpty()) {
            keys.report("services", "names no service; add at least the default one, like web: {image: ...}");
        }
        for (String name : names) {
            ObjectReader service = map.object(name);
            Optional<RoutingConfig> routing = service.optionalObject("routing").map(ServicesSection::routing);
            Optional<Boolean> database = service.bool("database");
            byName.put(name, ServiceSection.read(service, defaults, profile, host).toBuilder()
                    .routing(routing)
                    .database(database)
                    .build());
        }
        if (byName.isEmpty()) {
            byName.put(StackConfig.LEGACY_SERVICE_NAME, defaults);
        }
        String defaultName = byName.entrySet().stream()
                .filter(entry -> entry.getValue().isDefault())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(byName.keySet().iterator().next());
        return new Services(byName, defaultName, false);
    }

    /** The routing's fields; their rules, and the rules across services, are {@link ServiceRoutingRules}. */
    private static RoutingConfig routing(ObjectReader routing) {
        var config = RoutingConfig.builder()
                .priority(routing.integer("priority").orElseGet(() -> {
                    if (!routing.hasProblem("priority")) {
                        routing.report("priority", "is required: the listener rule's priority, "
                                + ServiceRoutingRules.MIN_PRIORITY + "-" + ServiceRoutingRules.MAX_PRIORITY
                                + ", unique in the stack (the lowest is evaluated first)");
                    }
                    return 0;
                }))
                .hostHeaders(routing.strings("hostHeaders", NO_CHECK).orElse(List.of()))
                .pathPatterns(routing.strings("pathPatterns", NO_CHECK).orElse(List.of()))
                .build();
        routing.rejectUnknownFields();
        return config;
    }
}
