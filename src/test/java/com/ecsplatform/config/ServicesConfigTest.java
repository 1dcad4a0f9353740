package com.ecsplatform.config;

import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.ecsplatform.config.ConfigAssertions.assertHasProblem;
import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static com.ecsplatform.testing.ServiceFixtures.converted;
import static com.ecsplatform.testing.ServiceFixtures.withApi;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:services, read")
class ServicesConfigTest {

    private static StackConfig load(java.util.Map<String, String> values) {
        return StackConfigLoader.load(raw(values));
    }

    @Test
    void theLegacyServiceKeyIsTheOneDefaultServiceNamedWeb() {
        var config = ConfigFixtures.dev();

        assertThat(config.services()).containsOnlyKeys("web");
        assertThat(config.defaultServiceName()).isEqualTo("web");
        assertThat(config.service()).isSameAs(config.services().get("web"));
    }

    @Test
    void theLegacyServiceKeyGetsANoticePointingToServices() {
        assertThat(ServiceRoutingRules.notice(ConfigFixtures.dev())).hasValueSatisfying(notice -> {
            assertThat(notice.key()).isEqualTo("ecs-platform:service");
            assertThat(notice.message()).contains("ecs-platform:services", "Adding a service");
        });
    }

    @Test
    void aStackFileWithServicesGetsNoNotice() {
        assertThat(ServiceRoutingRules.notice(load(converted(devRaw())))).isEmpty();
    }

    @Test
    void convertingTheLegacyKeyYieldsTheSameServiceSettings() {
        assertThat(load(converted(devRaw())).services()).isEqualTo(ConfigFixtures.dev().services());
    }

    @Test
    void servicesKeepTheStackFilesOrder() {
        var values = ServiceFixtures.with(withApi(devRaw()), "admin",
                fields("image", ServiceFixtures.API_IMAGE, "routing", fields("priority", 5, "hostHeaders", List.of("lb-dev.example.com"))));

        assertThat(load(values).services().keySet()).containsExactly("web", "api", "admin");
    }

    @Test
    void theServiceWithoutRoutingIsTheDefault() {
        var values = converted(devRaw());
        ServiceFixtures.with(values, "api", ServiceFixtures.api());
        // Put the routed service first: the default is found by its missing routing, not by position.
        var reordered = new java.util.LinkedHashMap<String, String>(values);
        var services = com.google.gson.JsonParser.parseString(values.get(ServiceFixtures.SERVICES)).getAsJsonObject();
        var apiFirst = new com.google.gson.JsonObject();
        apiFirst.add("api", services.get("api"));
        apiFirst.add("web", services.get("web"));
        reordered.put(ServiceFixtures.SERVICES, apiFirst.toString());

        var config = load(reordered);

        assertThat(config.defaultServiceName()).isEqualTo("web");
        assertThat(config.service().image()).isEqualTo(ConfigFixtures.IMAGE);
    }

    @Test
    void routingIsReadIntoItsRecord() {
        var api = load(withApi(devRaw())).services().get("api");

        assertThat(api.routing()).contains(new RoutingConfig(10, List.of(), List.of("/api/*")));
    }

    @Test
    void theDefaultServiceReachesTheDatabaseUnlessItSaysOtherwise() {
        var config = load(withApi(prodRaw()));

        assertThat(config.services().get("web").usesDatabase()).isTrue();
    }

    @Test
    void theLegacyServiceKeepsItsDatabaseSetting() {
        assertThat(load(set(prodRaw(), "ecs-platform:service.database", false)).service().usesDatabase()).isFalse();
    }

    @Test
    void aRoutedServiceReachesTheDatabaseOnlyWhenItOptsIn() {
        assertThat(load(withApi(prodRaw())).services().get("api").usesDatabase()).isFalse();
        assertThat(load(set(withApi(prodRaw()), "ecs-platform:services.api.database", true)).services().get("api")
                .usesDatabase()).isTrue();
    }

    @Test
    void settingBothServiceAndServicesIsAnError() {
        var values = withApi(devRaw());
        values.put("ecs-platform:service", devRaw().get("ecs-platform:service"));

        assertOnlyProblem(values, "ecs-platform:service", "ecs-platform:services", "remove ecs-platform:service");
    }

    @Test
    void anEmptyServicesMapIsAnError() {
        var values = converted(devRaw());
        values.put(ServiceFixtures.SERVICES, "{}");

        assertHasProblem(values, "ecs-platform:services", "names no service");
    }

    @Test
    void aServiceFieldProblemIsKeyedUnderItsServiceName() {
        assertOnlyProblem(set(withApi(devRaw()), "ecs-platform:services.api.containerPort", 70000),
                "ecs-platform:services.api.containerPort", "between 1 and 65535");
    }

    @Test
    void anUnknownRoutingFieldIsRefusedWithASuggestion() {
        assertOnlyProblem(set(withApi(devRaw()), "ecs-platform:services.api.routing.pathPattern", List.of("/x")),
                "ecs-platform:services.api.routing.pathPattern", "did you mean pathPatterns?");
    }

    @Test
    void routingWithoutAPriorityIsRefused() {
        var values = withApi(devRaw());
        ConfigFixtures.remove(values, "ecs-platform:services.api.routing.priority");

        assertOnlyProblem(values, "ecs-platform:services.api.routing.priority", "is required", "1-50000");
    }

    @Test
    void aPriorityWrittenAsTextIsReadAsTheNumber() {
        // `pulumi config set --path 'ecs-platform:services.api.routing.priority' 20` stores the text "20".
        var api = load(set(withApi(devRaw()), "ecs-platform:services.api.routing.priority", "20")).services().get("api");

        assertThat(api.routing().orElseThrow().priority()).isEqualTo(20);
    }

    @Test
    void aPriorityOutsideAwsBoundsIsRefused() {
        assertOnlyProblem(set(withApi(devRaw()), "ecs-platform:services.api.routing.priority", 50001),
                "ecs-platform:services.api.routing.priority", "between 1 and 50000");
    }

    @Test
    void theLegacyServiceRefusesRouting() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:service.routing", fields("priority", 1)),
                "ecs-platform:service", "only an entry of ecs-platform:services has");
    }

    @Test
    void theDevAndProdFixturesLoadWithAnApiService() {
        assertLoads(withApi(devRaw()));
        assertLoads(withApi(prodRaw()));
    }
}
