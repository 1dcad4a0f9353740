package com.ecsplatform.config;

import com.ecsplatform.testing.ConfigFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:alarmEmail and service.healthCheckCommand")
class AlarmAndProbeRulesTest {

    @Test
    void alarmEmailIsOptional() {
        assertThat(ConfigFixtures.dev().alarmEmail()).isEmpty();
        assertThat(StackConfigLoader.load(raw(set(devRaw(), "ecs-platform:alarmEmail", "oncall@example.com"))).alarmEmail())
                .contains("oncall@example.com");
    }

    @Test
    void alarmEmailMustBeAnAddress() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:alarmEmail", "oncall at example"), "ecs-platform:alarmEmail",
                "is not an email address");
    }

    @Test
    void aMisspelledAlarmEmailKeyIsCaught() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:alarmEmails", "oncall@example.com"), "ecs-platform:alarmEmails",
                "alarmEmail");
    }

    @Test
    void healthCheckCommandDefaultsToAWgetProbe() {
        assertThat(ConfigFixtures.dev().service().healthCheckCommand()).isEmpty();
    }

    @Test
    void healthCheckCommandAcceptsAnyNonBlankShellCommand() {
        var custom = StackConfigLoader.load(raw(set(devRaw(), "ecs-platform:service.healthCheckCommand",
                "curl -fsS http://localhost:8080/healthz || exit 1")));

        assertThat(custom.service().healthCheckCommand()).isEqualTo(Optional.of("curl -fsS http://localhost:8080/healthz || exit 1"));
        assertOnlyProblem(set(devRaw(), "ecs-platform:service.healthCheckCommand", " "),
                "ecs-platform:service.healthCheckCommand", "must not be empty");
    }
}
