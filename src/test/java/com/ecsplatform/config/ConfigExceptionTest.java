package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("ConfigException")
class ConfigExceptionTest {

    @Test
    void listsEveryProblemSortedByKeyUnderTheStackFile() {
        var error = new ConfigException("Pulumi.dev.yaml", List.of(
                new ConfigProblem("ecs-platform:vpcCidr", "\"10.0.0.0/8\" is too large: the prefix length must be /16 to /24"),
                new ConfigProblem("ecs-platform:bastion.allowedCidrs[1]",
                        "0.0.0.0/0 opens SSH to the world; list the networks that need SSH")));

        assertThat(error.getMessage()).isEqualTo("""
                Pulumi.dev.yaml has the following errors:
                  * ecs-platform:bastion.allowedCidrs[1]: 0.0.0.0/0 opens SSH to the world; list the networks that need SSH
                  * ecs-platform:vpcCidr: "10.0.0.0/8" is too large: the prefix length must be /16 to /24""");
        assertThat(error.stackFile()).isEqualTo("Pulumi.dev.yaml");
        assertThat(error.problems()).extracting(ConfigProblem::key)
                .containsExactly("ecs-platform:bastion.allowedCidrs[1]", "ecs-platform:vpcCidr");
    }

    @Test
    void saysHasAnErrorForExactlyOne() {
        var error = new ConfigException("Pulumi.prod.yaml", List.of(new ConfigProblem("aws:region", "is required")));

        assertThat(error.getMessage()).isEqualTo("Pulumi.prod.yaml has an error:\n  * aws:region: is required");
    }

    @Test
    void aLoadWithTwoMistakesReadsLikeTheReadmeExample() {
        var values = set(devRaw(), "ecs-platform:vpcCidr", "10.0.0.0/8");
        set(values, "ecs-platform:bastion.allowedCidrs", List.of("203.0.113.0/24", "0.0.0.0/0"));

        assertThatThrownBy(() -> StackConfigLoader.load(raw(values))).hasMessage("""
                Pulumi.dev.yaml has the following errors:
                  * ecs-platform:bastion.allowedCidrs[1]: 0.0.0.0/0 opens SSH to the world; list the networks that need SSH
                  * ecs-platform:vpcCidr: "10.0.0.0/8" is too large: the prefix length must be /16 to /24""");
    }

    @Test
    void showsAProblemWithoutAKeyAsItsMessageAlone() {
        assertThat(new ConfigProblem("", "not found").toString()).isEqualTo("not found");
    }

    @Test
    void needsAtLeastOneProblem() {
        assertThatThrownBy(() -> new ConfigException("Pulumi.dev.yaml", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
