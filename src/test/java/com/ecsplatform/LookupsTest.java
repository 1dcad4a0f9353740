package com.ecsplatform;

import com.ecsplatform.synth.Synthesizer;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.EngineLog;
import com.ecsplatform.config.StackConfigLoader;
import com.pulumi.aws.inputs.GetAvailabilityZonesFilter;
import com.pulumi.core.Output;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** The deploy-time lookups are few, named, and made once each: nothing else is read from the account. */
class LookupsTest {

    @Test
    void theStackMakesEachDeployTimeLookupOnce() {
        var lookups = spy(new AwsLookups());

        Synthesizer.synthesize(ConfigFixtures.dev(), lookups);

        verify(lookups, times(1)).availabilityZoneNames();
        verify(lookups, times(1)).ssmParameter(App.AMAZON_LINUX_2023_AMI_PARAMETER);
        verify(lookups, times(1)).ssmParameter(App.ECS_OPTIMIZED_AMI_PARAMETER);
        verify(lookups, times(1)).publicHostedZoneId("example.com");
        verify(lookups, times(1)).accountId();
        verifyNoMoreInteractions(lookups);
    }

    @Test
    void aPinnedAmiWithoutBastionOrDomainMakesOnlyTheUnavoidableLookups() {
        var values = ConfigFixtures.devRaw();
        ConfigFixtures.set(values, "ecs-platform:cluster.amiId", "ami-0123456789abcdef0");
        ConfigFixtures.set(values, "ecs-platform:bastion.enabled", false);
        values.remove("ecs-platform:domain");
        var lookups = spy(new AwsLookups());

        Synthesizer.synthesize(StackConfigLoader.load(ConfigFixtures.raw(values)), lookups);

        verify(lookups, times(1)).availabilityZoneNames();
        verify(lookups, times(1)).accountId();
        verifyNoMoreInteractions(lookups);
    }

    @Test
    void theZoneLookupKeepsOnlyZonesThatNeedNoOptIn() {
        var filters = AwsLookups.zoneQuery().filters().orElseThrow();

        assertThat(filters).extracting(GetAvailabilityZonesFilter::name, GetAvailabilityZonesFilter::values)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("opt-in-status", List.of("opt-in-not-required")));
    }

    @Test
    void aRegionWithFewerZonesThanAskedFailsExplainingTheShortfall() {
        var lookups = spy(new AwsLookups());
        doReturn(Output.of(List.of("ap-northeast-2a", "ap-northeast-2c"))).when(lookups).availabilityZoneNames();

        EngineLog.capture(() -> assertThatThrownBy(() -> Synthesizer.synthesize(ConfigFixtures.prod(), lookups))
                .hasMessageContaining("ecs-platform:availabilityZones asks for at least 3 Availability Zones")
                .hasMessageContaining("only 2 in the region that need no opt-in (ap-northeast-2a, ap-northeast-2c)"));
    }
}
