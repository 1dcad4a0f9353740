package com.ecsplatform;

import com.ecsplatform.synth.Synthesizer;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.config.StackConfigLoader;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** The deploy-time lookups are few, named, and made once each: nothing else is read from the account. */
class LookupsTest {

    @Test
    void theStackLooksUpTheAzsBothAmisTheHostedZoneAndTheAccountOnceEach() {
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
    void aPinnedAmiAndNoBastionOrDomainLeaveOnlyTheAzLookup() {
        var values = ConfigFixtures.devRaw();
        ConfigFixtures.set(values, "ecs-platform:cluster.amiId", "ami-0123456789abcdef0");
        ConfigFixtures.set(values, "ecs-platform:bastion.enabled", false);
        values.remove("ecs-platform:domain");
        var lookups = spy(new AwsLookups());

        Synthesizer.synthesize(StackConfigLoader.load(ConfigFixtures.raw(values)), lookups);

        verify(lookups).availabilityZoneNames();
        verify(lookups, never()).ssmParameter(anyString());
        verify(lookups, never()).publicHostedZoneId(anyString());
    }
}
