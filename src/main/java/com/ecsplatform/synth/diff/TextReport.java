package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.GraphDiff.Move;
import com.ecsplatform.synth.diff.PlannedChange.Input;
import com.ecsplatform.synth.diff.SynthGraph.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text rendering of a {@link Preview}, for the message of a failing snapshot test and the
 * Markdown report:
 *
 * <pre>
 * 2 to replace, 1 to update (1 blocking)
 * ± aws:ec2/vpc:Vpc net-vpc: replace, forced by cidrBlock [BLOCKING: would replace a protected resource]
 *     cidrBlock: "10.20.0.0/16" → "10.30.0.0/16" (forces replacement)
 * ± aws:ec2/subnet:Subnet net-public-0: replace, forced by vpcId (net-vpc is replaced)
 *     vpcId: "${net-vpc.id}" (new value: net-vpc is replaced) (forces replacement)
 *     cascade: net-vpc replaced (cidrBlock) → net-public-0 replaced because vpcId changes
 * ~ aws:ecs/service:Service web-service
 *     taskDefinition: "${web-task.arn}" (new value: web-task is replaced)
 *     effect: every task is replaced by one of the new task definition (...)
 * Outputs:
 * ~ vpcId: "${net-vpc.id}" (new value: net-vpc is replaced)
 * </pre>
 *
 * Replacements come first, then deletes, creates and updates, each group sorted by URN, so the same
 * change always renders to the same text.
 */
public final class TextReport {

    /** The whole report of a diff with nothing in it. */
    public static final String NO_CHANGES = "No changes.";

    private static final String INDENT = "    ";

    private TextReport() {
    }

    /** @return a summary line and then {@link #lines(Preview)}, or {@value #NO_CHANGES} */
    public static String render(Preview preview) {
        if (preview.isEmpty()) {
            return NO_CHANGES + "\n";
        }
        StringBuilder text = new StringBuilder(preview.counts().describe()).append('\n');
        lines(preview).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** @return one line per resource or output, each followed by its indented detail lines */
    public static List<String> lines(Preview preview) {
        List<String> lines = new ArrayList<>();
        preview.changes().forEach(change -> addChange(lines, change));
        if (!preview.outputs().isEmpty()) {
            lines.add("Outputs:");
            preview.outputs().forEach(output -> lines.add(outputLine(output)));
        }
        return List.copyOf(lines);
    }

    /** @return the one-line headline of a change, as the guard quotes it */
    public static String headline(PlannedChange change) {
        String head = change.move().map(TextReport::moveHeadline)
                .orElseGet(() -> change.action().symbol() + " " + label(change.resource()) + cause(change));
        return head + change.blocking().map(reason -> " [BLOCKING: " + reason + "]").orElse("");
    }

    private static void addChange(List<String> lines, PlannedChange change) {
        lines.add(headline(change));
        change.parentChange().ifPresent(line -> lines.add(INDENT + line));
        change.inputs().forEach(input -> lines.add(INDENT + input.render()));
        change.implied().forEach(input -> lines.add(INDENT + input.render()));
        change.options().forEach(option -> lines.add(INDENT + "options." + option.render()));
        change.move().ifPresent(move -> lines.add(INDENT
                + "this replaces the resource in a real deploy; to keep it add .aliases(" + alias(move) + ")"));
        change.maybe().forEach(rule -> lines.add(INDENT + "may replace: " + rule));
        if (change.chain().size() > 1) {
            lines.add(INDENT + "cascade: " + String.join(" → ", change.chain()));
        }
        change.effects().forEach(effect -> lines.add(INDENT + "effect: " + effect));
    }

    private static String cause(PlannedChange change) {
        return change.cause().map(cause -> ": replace, forced by " + cause).orElse("");
    }

    private static String moveHeadline(Move move) {
        Resource before = move.before();
        Resource after = move.after();
        String what = switch (move.kind()) {
            case RENAMED -> after.type() + " renamed " + before.name() + ValueFormat.ARROW + after.name();
            case REPARENTED -> label(after) + " re-parented " + before.parentName() + ValueFormat.ARROW + after.parentName();
        };
        return Action.REPLACE.symbol() + " " + what + " (replacement! add an alias)";
    }

    private static String alias(Move move) {
        return switch (move.kind()) {
            case RENAMED -> "Alias.builder().name(\"" + move.before().name() + "\").build()";
            case REPARENTED -> move.before().hasStackParent()
                    ? "Alias.noParent()"
                    : "Alias.builder().parent(<old parent " + move.before().parentName() + ">).build()";
        };
    }

    private static String outputLine(Preview.OutputChange output) {
        PropertyChange change = output.change();
        if (!output.why().isEmpty()) {
            return "~ " + change.path() + ": " + ValueFormat.single(change.after()) + " (new value: " + output.why() + ")";
        }
        if (change.isAddition()) {
            return "+ " + change.path() + ": " + ValueFormat.single(change.after());
        }
        if (change.isRemoval()) {
            return "- " + change.path() + ": " + ValueFormat.single(change.before());
        }
        return "~ " + change.render();
    }

    private static String label(Resource resource) {
        return resource.type() + " " + resource.name();
    }

    /** @return the input lines of a change that force its replacement, for messages */
    static List<String> forcingInputs(PlannedChange change) {
        List<String> forcing = new ArrayList<>();
        change.inputs().stream().filter(Input::forcesReplacement).forEach(input -> forcing.add(input.render()));
        change.implied().stream().filter(Input::forcesReplacement).forEach(input -> forcing.add(input.render()));
        return forcing;
    }
}
