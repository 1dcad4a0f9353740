package com.ecsplatform.synth;

import com.ecsplatform.config.RawConfig;
import com.ecsplatform.synth.diff.Preview;
import com.ecsplatform.synth.diff.SynthGraph;
import com.ecsplatform.synth.diff.TextReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What must hold for any stack file a user commits, whatever its values: it validates, its synth is
 * the reviewed snapshot, and it makes no blocking change (replacing or deleting a protected or
 * data-holding resource) against the git baseline unless it was approved. A deliberate change is
 * accepted with {@value Snapshots#UPDATE_COMMAND}, a deliberate blocking change approved with
 * {@value ChangeGuard#APPROVE_COMMAND}, and both are reviewed as diffs. No test here knows which
 * stacks exist or what they hold.
 */
class SnapshotTest {

    private static final Path PROJECT = Path.of("");
    /** Each stack is rendered once for the tests of this class. */
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private static String current(String stack) {
        return RENDERED.computeIfAbsent(stack, name -> Snapshots.render(PROJECT, name));
    }

    @TestFactory
    Stream<DynamicTest> eachCommittedStackMatchesItsReviewedSnapshot() {
        return Snapshots.stacks(PROJECT).stream().map(stack -> DynamicTest.dynamicTest(stack + " matches its snapshot", () -> {
            Path snapshot = Snapshots.file(PROJECT, stack);
            String current = current(stack);
            if (!Files.exists(snapshot)) {
                fail("No snapshot for stack " + stack + " at " + snapshot + "; create it with: " + Snapshots.UPDATE_COMMAND);
            }
            String reviewed = Files.readString(snapshot, StandardCharsets.UTF_8);
            if (!reviewed.equals(current)) {
                var preview = Preview.between(SynthGraph.parse(reviewed), SynthGraph.parse(current));
                fail("The " + stack + " graph differs from its reviewed snapshot " + snapshot + ":\n\n"
                        + TextReport.render(preview)
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
    Stream<DynamicTest> eachCommittedStackMakesNoUnapprovedBlockingChangeAgainstTheBaseline() {
        return Snapshots.stacks(PROJECT).stream().map(stack -> DynamicTest.dynamicTest(stack + " has no unapproved blocking change", () -> {
            var outcome = ChangeGuard.check(PROJECT, stack, SynthGraph.parse(current(stack)));
            assumeTrue(outcome.isPresent(), "not a git checkout: no baseline to judge blocking changes against");
            if (!outcome.get().unapproved().isEmpty()) {
                fail(outcome.get().message());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> snapshotsAreDeterministic() {
        return Snapshots.stacks(PROJECT).stream().map(stack -> DynamicTest.dynamicTest(stack + " renders the same bytes twice",
                () -> assertThat(Snapshots.render(PROJECT, stack)).isEqualTo(current(stack))));
    }
}
