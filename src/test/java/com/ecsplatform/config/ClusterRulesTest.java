package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:cluster")
class ClusterRulesTest {

    private static final String CLUSTER = "ecs-platform:cluster.";

    @Test
    void rejectsGravitonClusterTypeBecauseTheAmiIsX86() {
        assertOnlyProblem(set(devRaw(), CLUSTER + "instanceType", "m6g.large"), CLUSTER + "instanceType",
                "\"m6g.large\" is a Graviton (arm64) type, but the cluster boots an x86_64 AMI", "did you mean m6i.large?");
    }

    @Test
    void rejectsUnknownClusterType() {
        assertOnlyProblem(set(devRaw(), CLUSTER + "instanceType", "t3.smal"), CLUSTER + "instanceType",
                "did you mean t3.small?");
    }

    @Test
    void aValueBeyondAnyWholeNumberStatesTheRangeOfItsRule() {
        assertOnlyProblem(set(devRaw(), CLUSTER + "rootVolumeGiB", new java.math.BigDecimal("1e400")), CLUSTER + "rootVolumeGiB",
                "must be between 30 and 1024, got 1E+400");
    }

    @Test
    void aValueBeyondAnyWholeNumberStatesTheLargestOneWhenItsRuleHasNoUpperBound() {
        assertOnlyProblem(set(devRaw(), CLUSTER + "maxSize", 99_999_999_999L), CLUSTER + "maxSize",
                "is out of range: at most 2147483647, got 99999999999");
    }

    @Test
    void rejectsNegativeMinSize() {
        assertOnlyProblem(set(devRaw(), CLUSTER + "minSize", -1), CLUSTER + "minSize", "must be at least 0, got -1");
    }

    @Test
    void rejectsMaxSizeOfZero() {
        var values = set(devRaw(), "ecs-platform:cluster", fields("minSize", 0, "maxSize", 0, "desiredCapacity", 0));

        assertOnlyProblem(values, CLUSTER + "maxSize", "must be at least 1, got 0");
    }

    @Test
    void rejectsMinSizeAboveMaxSize() {
        var values = set(devRaw(), "ecs-platform:cluster", fields("minSize", 3, "maxSize", 2, "desiredCapacity", 2));

        assertOnlyProblem(values, CLUSTER + "minSize", "3 is greater than maxSize 2; lower minSize or raise maxSize");
    }

    @Test
    void rejectsDesiredCapacityBelowMinSize() {
        var values = set(devRaw(), "ecs-platform:cluster", fields("minSize", 2, "maxSize", 4, "desiredCapacity", 1));

        assertOnlyProblem(values, CLUSTER + "desiredCapacity",
                "1 is below minSize 2; it must lie between minSize and maxSize");
    }

    @Test
    void rejectsDesiredCapacityAboveMaxSize() {
        assertOnlyProblem(set(devRaw(), CLUSTER + "desiredCapacity", 3), CLUSTER + "desiredCapacity",
                "3 is above maxSize 2; it must lie between minSize and maxSize");
    }

    @Test
    void doesNotCompareSizesWhenOneIsInvalid() {
        assertOnlyProblem(set(devRaw(), CLUSTER + "maxSize", "lots"), CLUSTER + "maxSize", "must be a whole number");
    }

    @ParameterizedTest
    @ValueSource(ints = {29, 1025})
    void rejectsRootVolumeOutside30To1024GiB(int size) {
        assertOnlyProblem(set(devRaw(), CLUSTER + "rootVolumeGiB", size), CLUSTER + "rootVolumeGiB",
                "must be between 30 and 1024, got " + size + "; the ECS-optimized AMI's snapshot is 30 GiB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ami-123", "ami-0ABCDEF1234567890", "0abcdef1234567890", "ami-0abcdef12345678901"})
    void rejectsMalformedAmiId(String amiId) {
        assertOnlyProblem(set(devRaw(), CLUSTER + "amiId", amiId), CLUSTER + "amiId",
                "is not an AMI ID (ami- and 8 or 17 lowercase hex digits)");
    }

    @Test
    void pinsTheAmiWhenGiven() {
        var config = StackConfigLoader.load(raw(set(devRaw(), CLUSTER + "amiId", "ami-0abcdef1234567890")));

        assertThat(config.cluster().amiId()).contains("ami-0abcdef1234567890");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void rejectsTargetCapacityOutside1To100(int percent) {
        assertOnlyProblem(set(devRaw(), CLUSTER + "targetCapacityPercent", percent), CLUSTER + "targetCapacityPercent",
                "must be between 1 and 100, got " + percent);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3601})
    void rejectsWarmupOutsideAnHour(int seconds) {
        assertOnlyProblem(set(devRaw(), CLUSTER + "instanceWarmupSeconds", seconds), CLUSTER + "instanceWarmupSeconds",
                "must be between 0 and 3600, got " + seconds);
    }

    @Test
    void readsEveryClusterField() {
        var values = set(devRaw(), "ecs-platform:cluster", fields(
                "instanceType", "c6i.xlarge", "minSize", 0, "maxSize", 5, "desiredCapacity", 2, "rootVolumeGiB", 100,
                "amiId", "ami-12345678", "targetCapacityPercent", 75, "instanceWarmupSeconds", 300));

        assertThat(StackConfigLoader.load(raw(values)).cluster()).isEqualTo(
                ClusterConfig.builder().instanceType("c6i.xlarge").minSize(0).maxSize(5).desiredCapacity(2)
                        .rootVolumeGiB(100).amiId(Optional.of("ami-12345678")).targetCapacityPercent(75)
                        .instanceWarmupSeconds(300).build());
    }
}
