package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.problems;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("profile: prod")
class ProdProfileRulesTest {

    @Test
    void prodNeedsOneNatGatewayPerAz() {
        assertOnlyProblem(set(prodRaw(), "ecs-platform:natGateways", "single"), "ecs-platform:natGateways",
                "prod must survive losing an AZ: use perAz, got single",
                "an outage in the NAT gateway's AZ would cut every private subnet off the internet");
    }

    @Test
    void prodNeedsAnInstanceInEveryAz() {
        var values = set(prodRaw(), "ecs-platform:cluster", fields(
                "instanceType", "m6i.large", "minSize", 2, "maxSize", 6, "desiredCapacity", 3));

        assertOnlyProblem(values, "ecs-platform:cluster.minSize",
                "prod keeps an instance in every AZ: use at least availabilityZones (3), got 2");
    }

    @Test
    void prodClusterDefaultsMustGrowWithTheAzCount() {
        var values = set(prodRaw(), "ecs-platform:availabilityZones", 4);
        values.remove("ecs-platform:cluster");
        set(values, "ecs-platform:service.minCount", 4);
        set(values, "ecs-platform:service.desiredCount", 4);

        assertOnlyProblem(values, "ecs-platform:cluster.minSize", "use at least availabilityZones (4), got 3");
    }

    @Test
    void prodNeedsATaskInEveryAz() {
        var values = set(prodRaw(), "ecs-platform:service.minCount", 2);

        assertOnlyProblem(values, "ecs-platform:service.minCount",
                "prod keeps a task in every AZ: use at least availabilityZones (3) and never fewer than 2, got 2");
    }

    @Test
    void devHasNoneOfProdsRules() {
        var values = set(devRaw(), "ecs-platform:natGateways", "single");
        set(values, "ecs-platform:cluster.minSize", 0);
        set(values, "ecs-platform:service.image", "nginx");

        assertLoads(values);
    }

    @Test
    void prodRulesDoNotRepeatAProblemAlreadyReported() {
        var values = set(prodRaw(), "ecs-platform:availabilityZones", 0);

        assertThat(problems(values)).extracting(ConfigProblem::key).containsExactly("ecs-platform:availabilityZones");
    }
}
