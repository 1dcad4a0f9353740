package com.ecsplatform.synth;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.synth.diff.Approvals;
import com.ecsplatform.synth.diff.GitBaseline;
import com.ecsplatform.synth.diff.PlannedChange;
import com.ecsplatform.synth.diff.Preview;
import com.ecsplatform.synth.diff.SynthGraph;
import com.ecsplatform.synth.diff.TextReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guard against replacing or deleting protected and data-holding resources, as the build runs
 * it: each stack's current synth is classified against its snapshot at the {@link GitBaseline}
 * (the merge-base with the default branch), not against the working snapshot, so accepting the
 * snapshot does not silence it. A blocking change passes only when {@link Approvals} names it.
 *
 * <p>{@code mvn -B -q compile exec:java@approve} ({@link #main(String[])}) is the deliberate way to
 * go ahead: it writes every current blocking change to {@value Approvals#FILE}, which is then
 * committed and reviewed with the change.
 */
public final class ChangeGuard {

    /** The command that approves the current blocking changes. */
    public static final String APPROVE_COMMAND = "mvn -B -q compile exec:java@approve";

    private ChangeGuard() {
    }

    /**
     * The blocking changes of one stack.
     *
     * @param stack      the stack
     * @param baseline   the commit the change was judged against
     * @param blocking   every blocking change
     * @param unapproved those not covered by the approvals file
     */
    public record Outcome(String stack, GitBaseline baseline, List<PlannedChange> blocking, List<PlannedChange> unapproved) {

        public Outcome {
            blocking = List.copyOf(blocking);
            unapproved = List.copyOf(unapproved);
        }

        /** @return the failure message: stack, baseline, each change with its forcing properties, the way ahead */
        public String message() {
            StringBuilder text = new StringBuilder(stack).append(": ")
                    .append(unapproved.size() == 1 ? "1 blocking change" : unapproved.size() + " blocking changes")
                    .append(" against the baseline ").append(baseline.describe()).append(":\n");
            for (PlannedChange change : unapproved) {
                text.append("  ").append(TextReport.headline(change)).append('\n');
                text.append("      ").append(Approvals.detail(change)).append('\n');
            }
            return text.append("A deploy would do this to the ").append(stack).append(" stack. If it is deliberate, approve it with: ")
                    .append(APPROVE_COMMAND).append("\nand commit ").append(Approvals.FILE)
                    .append(" with the change, so the reviewer sees and signs off the approval (README, \"Reviewing changes\").\n")
                    .toString();
        }
    }

    /**
     * @param projectDir the project directory
     * @param stack      the stack
     * @param current    the stack's current synth
     * @return the outcome, or empty when the project is not in a git repository (no baseline)
     */
    public static Optional<Outcome> check(Path projectDir, String stack, SynthGraph current) throws IOException {
        Optional<GitBaseline> baseline = GitBaseline.find(projectDir, System.getenv());
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(check(stack, baseline.get(), baseline.get().snapshot(projectDir, stack, current.project()),
                current, Approvals.read(projectDir)));
    }

    /** The check on given graphs: what {@link #check(Path, String, SynthGraph)} does once it has read them. */
    static Outcome check(String stack, GitBaseline baseline, SynthGraph deployed, SynthGraph current, Approvals approvals) {
        List<PlannedChange> blocking = Preview.between(deployed, current).blocking();
        List<PlannedChange> unapproved = blocking.stream().filter(change -> !approvals.covers(stack, change)).toList();
        return new Outcome(stack, baseline, blocking, unapproved);
    }

    /** Approves every current blocking change of every committed stack; exit 1 on an invalid stack file or no git. */
    public static void main(String[] args) {
        Path projectDir = Path.of("");
        try {
            List<Approvals.Approval> approved = new ArrayList<>();
            for (String stack : Snapshots.stacks(projectDir)) {
                SynthGraph current = SynthGraph.parse(Snapshots.render(projectDir, stack));
                Optional<Outcome> outcome = check(projectDir, stack, current);
                if (outcome.isEmpty()) {
                    System.err.println("No git history here: there is no baseline to approve changes against.");
                    System.exit(1);
                    return;
                }
                for (PlannedChange change : outcome.get().blocking()) {
                    approved.add(Approvals.Approval.of(stack, change));
                    System.out.println("Approved " + stack + ": " + TextReport.headline(change) + "\n    " + Approvals.detail(change));
                }
            }
            new Approvals(approved).write(projectDir);
            System.out.println(approved.isEmpty()
                    ? "No blocking changes: " + Approvals.FILE + " is not needed (removed if it existed)."
                    : "Wrote " + Approvals.FILE + "; commit it with the change.");
        } catch (ConfigException invalid) {
            System.err.println(invalid.getMessage());
            System.exit(1);
        } catch (IOException io) {
            System.err.println("Could not approve: " + io.getMessage());
            System.exit(1);
        }
    }
}
