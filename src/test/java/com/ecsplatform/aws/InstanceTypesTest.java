package com.ecsplatform.aws;

import com.ecsplatform.aws.InstanceTypes.InstanceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("InstanceTypes")
class InstanceTypesTest {

    @Test
    void schedulableMemoryLeavesTenPercentForTheOsAnd256MiBForTheAgent() {
        assertThat(InstanceTypes.lookup("t3.small").orElseThrow().schedulableMemoryMiB()).isEqualTo(1587);
        assertThat(InstanceTypes.lookup("m6i.large").orElseThrow().schedulableMemoryMiB()).isEqualTo(7116);
        assertThat(InstanceTypes.lookup("t3.nano").orElseThrow().schedulableMemoryMiB()).isEqualTo(204);
    }

    @Test
    void cpuUnitsAre1024PerVcpu() {
        assertThat(InstanceTypes.lookup("t3.micro").orElseThrow().cpuUnits()).isEqualTo(2048);
        assertThat(InstanceTypes.lookup("c7i.4xlarge").orElseThrow().cpuUnits()).isEqualTo(16 * 1024);
    }

    @Test
    void knowsTheShapesOfEachFamily() {
        assertThat(InstanceTypes.lookup("t3a.2xlarge")).contains(new InstanceType("t3a.2xlarge", 8, 32768));
        assertThat(InstanceTypes.lookup("c6i.large")).contains(new InstanceType("c6i.large", 2, 4096));
        assertThat(InstanceTypes.lookup("r6i.xlarge")).contains(new InstanceType("r6i.xlarge", 4, 32768));
    }

    @Test
    void listsEveryTypeOfTheTable() {
        assertThat(InstanceTypes.names())
                .hasSize(2 * 7 + 8 * 4)
                .contains("t3.nano", "t3a.2xlarge", "m5.4xlarge", "r5.large", "c7i.xlarge")
                .doesNotContain("m6i.medium", "t4g.small");
    }

    @Test
    void tellsGravitonFromX86() {
        assertThat(InstanceTypes.isGraviton("t4g.small")).isTrue();
        assertThat(InstanceTypes.isGraviton("c6g.large")).isTrue();
        assertThat(InstanceTypes.isGraviton("t3.small")).isFalse();
    }

    @Test
    void mapsGravitonTypesToTheirX86Equivalent() {
        assertThat(InstanceTypes.x86Equivalent("t4g.medium")).contains("t3.medium");
        assertThat(InstanceTypes.x86Equivalent("c7g.2xlarge")).contains("c7i.2xlarge");
        assertThat(InstanceTypes.x86Equivalent("t3.medium")).isEmpty();
    }

    @Test
    void knowsNoTypeOutsideTheTable() {
        assertThat(InstanceTypes.lookup("t3.tiny")).isEmpty();
    }
}
