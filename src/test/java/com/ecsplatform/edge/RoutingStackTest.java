package com.ecsplatform.edge;

import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

/** Several services behind the one load balancer: a target group each, listener rules for the routed ones. */
class RoutingStackTest {

    private static SynthResult prodWithApi;

    private static synchronized SynthResult prodWithApi() {
        if (prodWithApi == null) {
            prodWithApi = Stacks.prodWith(ServiceFixtures::withApi);
        }
        return prodWithApi;
    }

    private static SynthResult devWithApiWithoutDomain() {
        return Stacks.devWith(values -> {
            ServiceFixtures.withApi(values);
            values.remove("ecs-platform:domain");
        });
    }

    private static JsonObject condition(SynthResult graph, String rule, int index) {
        return at(graph.require(rule), "conditions").getAsJsonArray().get(index).getAsJsonObject();
    }

    @Test
    void eachServiceHasItsOwnTargetGroup() {
        assertThat(prodWithApi().ofType("aws:lb/targetGroup:TargetGroup")).extracting(resource -> resource.name())
                .containsExactlyInAnyOrder("edge-tg", "edge-api-tg");
    }

    @Test
    void aTargetGroupProbesItsServicesHealthCheckPathOnItsPort() {
        var api = prodWithApi().require("edge-api-tg");

        assertThat(string(api, "healthCheck.path")).isEqualTo("/api/health");
        assertThat(integer(api, "port")).isEqualTo(9090);
    }

    @Test
    void theListenersDefaultActionForwardsToTheDefaultService() {
        var https = prodWithApi().require("edge-https");

        assertThat(at(https, "defaultActions").getAsJsonArray().get(0).getAsJsonObject().get("targetGroupArn").getAsString())
                .isEqualTo("${edge-tg.arn}");
    }

    @Test
    void aRoutedServiceGetsARuleOnTheHttpsListenerWithItsPriority() {
        var rule = prodWithApi().require("edge-api-https-rule");

        assertThat(string(rule, "listenerArn")).isEqualTo("${edge-https.arn}");
        assertThat(rule.parent()).isEqualTo(prodWithApi().require("edge-https").urn());
        assertThat(integer(rule, "priority")).isEqualTo(10);
    }

    @Test
    void theRuleForwardsToTheRoutedServicesTargetGroup() {
        var action = at(prodWithApi().require("edge-api-https-rule"), "actions").getAsJsonArray().get(0).getAsJsonObject();

        assertThat(action.get("type").getAsString()).isEqualTo("forward");
        assertThat(action.get("targetGroupArn").getAsString()).isEqualTo("${edge-api-tg.arn}");
    }

    @Test
    void theRuleMatchesTheServicesPathPatterns() {
        var conditions = at(prodWithApi().require("edge-api-https-rule"), "conditions").getAsJsonArray();

        assertThat(conditions).hasSize(1);
        assertThat(conditions.get(0).getAsJsonObject().getAsJsonObject("pathPattern").getAsJsonArray("values").get(0).getAsString())
                .isEqualTo("/api/*");
    }

    @Test
    void hostHeadersAndPathPatternsAreTwoConditionsOfOneRule() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(ServiceFixtures.withApi(values),
                "ecs-platform:services.api.routing.hostHeaders", List.of("lb-prod.example.com")));

        assertThat(condition(graph, "edge-api-https-rule", 0).getAsJsonObject("hostHeader").getAsJsonArray("values").get(0)
                .getAsString()).isEqualTo("lb-prod.example.com");
        assertThat(condition(graph, "edge-api-https-rule", 1).getAsJsonObject("pathPattern").getAsJsonArray("values").get(0)
                .getAsString()).isEqualTo("/api/*");
    }

    @Test
    void withADomainTheHttpListenerOnlyRedirectsAndHasNoRule() {
        assertThat(prodWithApi().ofType("aws:lb/listenerRule:ListenerRule")).extracting(resource -> resource.name())
                .containsExactly("edge-api-https-rule");
    }

    @Test
    void withoutADomainTheRuleIsOnTheHttpListener() {
        var graph = devWithApiWithoutDomain();

        assertThat(graph.ofType("aws:lb/listenerRule:ListenerRule")).extracting(resource -> resource.name())
                .containsExactly("edge-api-http-rule");
        assertThat(string(graph.require("edge-api-http-rule"), "listenerArn")).isEqualTo("${edge-http.arn}");
    }

    @Test
    void rulesAreRegisteredInPriorityOrder() {
        var graph = Stacks.prodWith(values -> ServiceFixtures.with(ServiceFixtures.withApi(values), "admin",
                fields("image", ServiceFixtures.API_IMAGE, "minCount", 3, "desiredCount", 3,
                        "routing", fields("priority", 5, "pathPatterns", List.of("/admin/*")))));

        assertThat(graph.ofType("aws:lb/listenerRule:ListenerRule")).extracting(rule -> integer(rule, "priority"))
                .containsExactly(5, 10);
    }

    @Test
    void aRoutedServiceWaitsForItsRuleBeforeItRegistersTargets() {
        assertThat(prodWithApi().require("api-service").options().dependsOn()).contains("edge-api-https-rule", "edge-https");
    }

    @Test
    void theDefaultServiceWaitsOnlyForTheListeners() {
        assertThat(prodWithApi().require("web-service").options().dependsOn())
                .contains("edge-https", "edge-http")
                .doesNotContain("edge-api-https-rule");
    }
}
