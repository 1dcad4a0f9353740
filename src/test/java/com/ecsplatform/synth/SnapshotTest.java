package com.ecsplatform.synth;

import com.ecsplatform.config.RawConfig;
import com.ecsplatform.synth.diff.GraphDiff;
import com.ecsplatform.synth.diff.SynthGraph;
import com.ecsplatform.synth.diff.TextReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What must hold for any stack file a user commits, whatever its values: it validates, and its synth
 * is the reviewed snapshot. A deliberate change is accepted with {@value Snapshots#UPDATE_COMMAND} and
 * reviewed as a diff of the snapshot files. No test here knows which stacks exist or what they hold.
 */
class SnapshotTest {

    private static final Path PROJECT = Path.of("");

    @TestFactory
    Stream<DynamicTest> eachCommittedStackMatchesItsReviewedSnapshot() {
        return Snapshots.stacks(PROJECT).stream().map(stack -> DynamicTest.dynamicTest(stack + " matches its snapshot", () -> {
            Path snapshot = Snapshots.file(PROJECT, stack);
            String current = Snapshots.render(PROJECT, stack);
            if (!Files.exists(snapshot)) {
                fail("No snapshot for stack " + stack + " at " + snapshot + "; create it with: " + Snapshots.UPDATE_COMMAND);
            }
            String reviewed = Files.readString(snapshot, StandardCharsets.UTF_8);
            if (!reviewed.equals(current)) {
                var diff = GraphDiff.between(SynthGraph.parse(reviewed), SynthGraph.parse(current));
                fail("The " + stack + " graph differs from its reviewed snapshot " + snapshot + ":\n\n"
                        + TextReport.render(diff)
                        + "\nIf the change is intended, accept it with: " + Snapshots.UPDATE_COMMAND
                        + "\nand commit the snapshot so the pull request shows it.");
            }
        }));
    }

    @Test
    void theProjectHasAtLeastOneCommittedStack() {
        assertThat(Snapshots.stacks(PROJECT)).as("committed Pulumi.<stack>.yaml files").isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everySnapshotBelongsToACommittedStackFile() {
        var stacks = Snapshots.stacks(PROJECT);
        return Snapshots.snapshotted(PROJECT).stream().map(stack -> DynamicTest.dynamicTest(stack + " has a stack file",
                () -> assertThat(stacks)
                        .as("snapshot " + Snapshots.file(PROJECT, stack) + " without a committed " + RawConfig.stackFileName(stack)
                                + "; " + Snapshots.UPDATE_COMMAND + " deletes it")
                        .contains(stack)));
    }

    @TestFactory
    Stream<DynamicTest> snapshotsAreDeterministic() {
        return Snapshots.stacks(PROJECT).stream().map(stack -> DynamicTest.dynamicTest(stack + " renders the same bytes twice",
                () -> assertThat(Snapshots.render(PROJECT, stack)).isEqualTo(Snapshots.render(PROJECT, stack))));
    }
}
