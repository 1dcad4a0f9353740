package com.ecsplatform.policy;

import com.ecsplatform.config.Profile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeployTimingTest {

    @Test
    void devDeploysInUnderAMinute() {
        assertThat(OperationalPolicy.of(Profile.DEV).timing().deployFloorSeconds()).isLessThan(60);
    }

    @Test
    void prodDeploysInUnderNinetySeconds() {
        assertThat(OperationalPolicy.of(Profile.PROD).timing().deployFloorSeconds()).isLessThan(90);
    }

    @Test
    void bothProfilesBeatEveryAwsTimingDefault() {
        for (var profile : Profile.values()) {
            var timing = OperationalPolicy.of(profile).timing();
            assertThat(timing.secondsToHealthy()).as(profile.name()).isLessThan(5 * 30);
            assertThat(timing.secondsToDetectFailure()).as(profile.name()).isLessThanOrEqualTo(2 * 30);
            assertThat(timing.deregistrationDelaySeconds()).as(profile.name()).isLessThan(300);
            assertThat(timing.timeoutSeconds()).as("ALB requires timeout < interval").isLessThan(timing.intervalSeconds());
        }
    }

    @Test
    void prodNeverDeploysBelowFullCapacity() {
        assertThat(OperationalPolicy.of(Profile.PROD).minimumHealthyPercent()).isEqualTo(100);
        assertThat(OperationalPolicy.of(Profile.PROD).maximumPercent()).isGreaterThanOrEqualTo(200);
    }
}
