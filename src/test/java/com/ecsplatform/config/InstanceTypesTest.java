package com.ecsplatform.config;

import com.ecsplatform.config.InstanceTypes.Architecture;
import com.ecsplatform.config.InstanceTypes.InstanceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("InstanceTypes")
class InstanceTypesTest {

    @Test
    void schedulableMemoryLeavesTenPercentForTheOsAnd256MiBForTheAgent() {
        assertThat(InstanceTypes.schedulableMemoryMiB("t3.small")).isEqualTo(1587);
        assertThat(InstanceTypes.schedulableMemoryMiB("m6i.large")).isEqualTo(7116);
        assertThat(InstanceTypes.schedulableMemoryMiB("t3.nano")).isEqualTo(204);
    }

    @Test
    void cpuUnitsAre1024PerVcpu() {
        assertThat(InstanceTypes.cpuUnits("t3.micro")).isEqualTo(2048);
        assertThat(InstanceTypes.cpuUnits("c7i.4xlarge")).isEqualTo(16 * 1024);
    }

    @Test
    void knowsTheShapesOfEachFamily() {
        assertThat(InstanceTypes.lookup("t3a.2xlarge")).contains(new InstanceType("t3a.2xlarge", 8, 32768, Architecture.X86_64));
        assertThat(InstanceTypes.lookup("c6i.large")).contains(new InstanceType("c6i.large", 2, 4096, Architecture.X86_64));
        assertThat(InstanceTypes.lookup("r6i.xlarge")).contains(new InstanceType("r6i.xlarge", 4, 32768, Architecture.X86_64));
        assertThat(InstanceTypes.lookup("m7g.4xlarge")).contains(new InstanceType("m7g.4xlarge", 16, 65536, Architecture.ARM64));
    }

    @Test
    void listsEveryTypeOfTheTable() {
        assertThat(InstanceTypes.names())
                .hasSize(3 * 7 + 8 * 4 + 4 * 4)
                .contains("t3.nano", "t4g.2xlarge", "m5.4xlarge", "r5.large", "c7g.xlarge")
                .doesNotContain("m6g.medium");
    }

    @Test
    void tellsGravitonFromX86() {
        assertThat(InstanceTypes.isArm("t4g.small")).isTrue();
        assertThat(InstanceTypes.isArm("c6g.large")).isTrue();
        assertThat(InstanceTypes.isArm("t3.small")).isFalse();
        assertThat(InstanceTypes.families(Architecture.ARM64)).containsExactly("t4g", "m6g", "m7g", "c6g", "c7g");
    }

    @Test
    void mapsGravitonTypesToTheirX86Equivalent() {
        assertThat(InstanceTypes.x86Equivalent("t4g.medium")).contains("t3.medium");
        assertThat(InstanceTypes.x86Equivalent("c7g.2xlarge")).contains("c7i.2xlarge");
        assertThat(InstanceTypes.x86Equivalent("t3.medium")).isEmpty();
    }

    @Test
    void suggestsTheTypeMeant() {
        assertThat(InstanceTypes.suggest("T3.Micro")).contains("t3.micro");
        assertThat(InstanceTypes.suggest("m6i.larg")).contains("m6i.large");
        assertThat(InstanceTypes.suggest("t2.micro", Architecture.X86_64)).contains("t3.micro");
        assertThat(InstanceTypes.suggest("p4d.24xlarge", Architecture.X86_64)).isEmpty();
    }

    @Test
    void refusesToSizeAnUnknownType() {
        assertThat(InstanceTypes.lookup("t3.tiny")).isEmpty();
        assertThatThrownBy(() -> InstanceTypes.cpuUnits("t3.smal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown instance type t3.smal; did you mean t3.small?");
    }
}
