package com.ecsplatform.synth;

import com.ecsplatform.synth.diff.GraphDiff;
import com.ecsplatform.synth.diff.Preview;
import com.ecsplatform.synth.diff.SynthGraph;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving a deployed stack from {@code ecs-platform:service} to {@code ecs-platform:services: {web: ...}}
 * with the same settings changes nothing: the service web keeps every logical name and URN.
 */
class ServicesConversionTest {

    private static List<SynthResult[]> legacyAndConverted() {
        return List.of(
                new SynthResult[] {Stacks.dev(), Stacks.devWith(ServiceFixtures::converted)},
                new SynthResult[] {Stacks.prod(), Stacks.prodWith(ServiceFixtures::converted)});
    }

    @Test
    void convertingToServicesReplacesNothing() {
        for (var pair : legacyAndConverted()) {
            var preview = Preview.between(Stacks.graph(pair[0]), Stacks.graph(pair[1]));

            assertThat(preview.counts().replace()).as(pair[0].stack() + ": replacements").isZero();
            assertThat(preview.counts().delete()).as(pair[0].stack() + ": deletions").isZero();
        }
    }

    @Test
    void convertingToServicesChangesNothingAtAll() {
        for (var pair : legacyAndConverted()) {
            var diff = GraphDiff.between(Stacks.graph(pair[0]), Stacks.graph(pair[1]));

            assertThat(diff.added()).as(pair[0].stack() + ": created").isEmpty();
            assertThat(diff.removed()).as(pair[0].stack() + ": deleted").isEmpty();
            assertThat(diff.moved()).as(pair[0].stack() + ": renamed or re-parented").isEmpty();
            assertThat(diff.changed()).as(pair[0].stack() + ": updated").isEmpty();
            assertThat(diff.outputs()).as(pair[0].stack() + ": outputs").isEmpty();
        }
    }

    @Test
    void theConvertedGraphHasTheSameUrns() {
        for (var pair : legacyAndConverted()) {
            assertThat(pair[1].resources()).extracting(RegisteredResource::urn)
                    .as(pair[0].stack())
                    .containsExactlyInAnyOrderElementsOf(pair[0].resources().stream().map(RegisteredResource::urn).toList());
        }
    }

    @Test
    void addingAServiceOnlyCreatesItsResourcesAndUpdatesTheTopicPolicy() {
        var diff = GraphDiff.between(Stacks.graph(Stacks.prod()), Stacks.graph(Stacks.prodWith(ServiceFixtures::withApi)));

        assertThat(diff.removed()).isEmpty();
        assertThat(diff.moved()).isEmpty();
        assertThat(diff.changed()).extracting(change -> change.after().name()).containsExactly("alarms-topic-policy");
        assertThat(diff.added()).extracting(SynthGraph.Resource::name)
                .allMatch(name -> name.equals("api") || name.startsWith("api-") || name.startsWith("edge-api-")
                        || name.startsWith("alarms-api-"));
    }

    @Test
    void theFixtureConversionKeepsEveryServiceSetting() {
        assertThat(ConfigFixtures.dev().services())
                .isEqualTo(com.ecsplatform.config.StackConfigLoader.load(ConfigFixtures.raw(ServiceFixtures.converted(ConfigFixtures.devRaw())))
                        .services());
    }
}
