package com.ecsplatform.synth;

import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the whole graph: identity and ownership (tagging: {@code StandardTagsTest}; determinism: {@link SnapshotTest}). */
class StackGraphTest {

    @Test
    void everyLogicalNameIsUniqueWithinTheStack() {
        for (var graph : Stacks.both()) {
            var names = graph.resources().stream().map(RegisteredResource::name).toList();
            assertThat(names).as(graph.stack()).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyResourceNestsUnderAComponentUnderTheStack() {
        for (var graph : Stacks.both()) {
            for (var resource : graph.resources()) {
                if (resource.type().equals("pulumi:pulumi:Stack")) {
                    assertThat(resource.parent()).isNull();
                } else if (!resource.custom()) {
                    // A box of the diagram sits under the stack; a part of a box (the database's alarms) under its box.
                    String parentType = resource.parent().substring(resource.parent().lastIndexOf('$') + 1);
                    assertThat(parentType).as(resource.name()).matches("(urn:pulumi:.*::)?pulumi:pulumi:Stack::.*|ecs-platform:[^:]+:[^:]+::.*");
                    assertThat(resource.type()).as(resource.name()).startsWith("ecs-platform:");
                } else {
                    assertThat(resource.urn()).as("%s is created inside a component", resource.name()).contains("$ecs-platform:");
                }
            }
        }
    }

    @Test
    void theSynthNeverContainsALiteralSecretValue() {
        String json = SynthJson.render(Stacks.prod());

        assertThat(json).doesNotContain("PRIVATE KEY");
        assertThat(json).contains(ConfigFixtures.DB_PASSWORD_PARAMETER).as("secrets travel as references only");
    }
}
