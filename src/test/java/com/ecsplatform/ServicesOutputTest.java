package com.ecsplatform;

import com.ecsplatform.testing.ServiceFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stack outputs of a stack with several services. */
class ServicesOutputTest {

    private static JsonObject services(com.ecsplatform.synth.SynthResult graph) {
        return graph.outputs().get("services").getAsJsonObject();
    }

    @Test
    void urlAndServiceNameStayTheDefaultServices() {
        var outputs = Stacks.prodWith(ServiceFixtures::withApi).outputs();

        assertThat(outputs.get("url").getAsString()).isEqualTo("https://lb-prod.example.com");
        assertThat(outputs.get("serviceName").getAsString()).isEqualTo("ecs-platform-prod-web");
    }

    @Test
    void theServicesOutputMapsEachServiceToItsUrlAndEcsName() {
        var services = services(Stacks.prodWith(ServiceFixtures::withApi));

        assertThat(services.keySet()).containsExactly("web", "api");
        assertThat(services.getAsJsonObject("web").get("url").getAsString()).isEqualTo("https://lb-prod.example.com");
        assertThat(services.getAsJsonObject("api").get("url").getAsString()).isEqualTo("https://lb-prod.example.com/api/");
        assertThat(services.getAsJsonObject("api").get("serviceName").getAsString()).isEqualTo("ecs-platform-prod-api");
    }

    @Test
    void withoutADomainAServicesUrlIsOnTheLoadBalancersName() {
        var services = services(Stacks.devWith(values -> {
            ServiceFixtures.withApi(values);
            values.remove("ecs-platform:domain");
        }));

        assertThat(services.getAsJsonObject("api").get("url").getAsString()).isEqualTo("http://${edge-alb.dnsName}/api/");
    }

    @Test
    void aServiceUrlUsesItsHostHeaderWhenItHasNoWildcard() {
        var api = com.ecsplatform.config.ServiceConfig.builder()
                .routing(java.util.Optional.of(new com.ecsplatform.config.RoutingConfig(1,
                        java.util.List.of("*.example.org", "api.example.org"), java.util.List.of())))
                .build();

        assertThat(App.serviceUrl("http://alb.example", api)).isEqualTo("http://api.example.org");
    }
}
