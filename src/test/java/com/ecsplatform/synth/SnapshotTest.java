package com.ecsplatform.synth;

import com.ecsplatform.synth.diff.GraphDiff;
import com.ecsplatform.synth.diff.SynthGraph;
import com.ecsplatform.synth.diff.TextReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every committed stack file synthesizes to its reviewed snapshot. A deliberate change is accepted
 * with {@value Snapshots#UPDATE_COMMAND} and reviewed as a diff of the snapshot files.
 */
class SnapshotTest {

    private static final Path PROJECT = Path.of("");

    @TestFactory
    Stream<DynamicTest> eachCommittedStackMatchesItsReviewedSnapshot() {
        var stacks = Snapshots.stacks(PROJECT);
        assertThat(stacks).as("committed stack files").contains("dev", "prod");
        return stacks.stream().map(stack -> DynamicTest.dynamicTest(stack + " matches its snapshot", () -> {
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

    @TestFactory
    Stream<DynamicTest> snapshotsAreDeterministic() throws IOException {
        return Snapshots.stacks(PROJECT).stream().map(stack -> DynamicTest.dynamicTest(stack + " renders the same bytes twice",
                () -> assertThat(Snapshots.render(PROJECT, stack)).isEqualTo(Snapshots.render(PROJECT, stack))));
    }
}
