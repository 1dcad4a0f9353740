package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.GraphDiff.Move;
import com.ecsplatform.synth.diff.GraphDiff.ResourceChange;
import com.ecsplatform.synth.diff.SynthGraph.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text rendering of a {@link GraphDiff}, for the message of a failing snapshot test:
 *
 * <pre>
 * 1 to create, 1 to update, 1 to replace
 * + aws:ec2/subnet:Subnet net-private-2
 * ~ aws:ec2/vpc:Vpc net-vpc
 *     tags.Name: "a" → "b"
 * ± aws:ec2/subnet:Subnet renamed net-a → net-b (replacement! add an alias)
 *     this replaces the resource in a real deploy; to keep it add .aliases(Alias.builder().name("net-a").build())
 * Outputs:
 * ~ vpcId: "${net-vpc.id}" → "${vpc.id}"
 * </pre>
 *
 * Lines come in the order of the summary table (create, update, delete, replace), each group sorted
 * by URN, so the same diff always renders to the same text.
 */
public final class TextReport {

    /** The whole report of a diff with nothing in it. */
    public static final String NO_CHANGES = "No changes.";

    private static final String INDENT = "    ";
    private static final String STACK_PARENT = "(stack)";

    private TextReport() {
    }

    /** @return a summary line and then {@link #lines(GraphDiff)}, or {@value #NO_CHANGES} */
    public static String render(GraphDiff diff) {
        if (diff.isEmpty()) {
            return NO_CHANGES + "\n";
        }
        StringBuilder text = new StringBuilder(diff.counts().describe()).append('\n');
        lines(diff).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** @return one line per resource or output, each followed by its indented property lines */
    public static List<String> lines(GraphDiff diff) {
        List<String> lines = new ArrayList<>();
        diff.added().forEach(resource -> lines.add("+ " + label(resource)));
        diff.changed().forEach(change -> addChange(lines, change));
        diff.removed().forEach(resource -> lines.add("- " + label(resource)));
        diff.moved().forEach(move -> addMove(lines, move));
        if (!diff.outputs().isEmpty()) {
            lines.add("Outputs:");
            diff.outputs().forEach(output -> lines.add(outputLine(output)));
        }
        return List.copyOf(lines);
    }

    private static void addChange(List<String> lines, ResourceChange change) {
        lines.add("~ " + label(change.after()));
        if (change.parentChanged()) {
            lines.add(INDENT + "parent: " + parentName(change.before()) + ValueFormat.ARROW + parentName(change.after()));
        }
        addProperties(lines, "", change.inputs());
        addProperties(lines, "options.", change.options());
    }

    private static void addMove(List<String> lines, Move move) {
        Resource before = move.before();
        Resource after = move.after();
        String what = switch (move.kind()) {
            case RENAMED -> after.type() + " renamed " + before.name() + ValueFormat.ARROW + after.name();
            case REPARENTED -> label(after) + " re-parented " + parentName(before) + ValueFormat.ARROW + parentName(after);
        };
        lines.add("± " + what + " (replacement! add an alias)");
        addProperties(lines, "", move.inputs());
        addProperties(lines, "options.", move.options());
        lines.add(INDENT + "this replaces the resource in a real deploy; to keep it add .aliases(" + alias(move) + ")");
    }

    private static String alias(Move move) {
        return switch (move.kind()) {
            case RENAMED -> "Alias.builder().name(\"" + move.before().name() + "\").build()";
            case REPARENTED -> hasStackParent(move.before())
                    ? "Alias.noParent()"
                    : "Alias.builder().parent(<old parent " + parentName(move.before()) + ">).build()";
        };
    }

    private static void addProperties(List<String> lines, String prefix, List<PropertyChange> changes) {
        changes.forEach(change -> lines.add(INDENT + prefix + change.render()));
    }

    private static String outputLine(PropertyChange output) {
        if (output.isAddition()) {
            return "+ " + output.path() + ": " + ValueFormat.single(output.after());
        }
        if (output.isRemoval()) {
            return "- " + output.path() + ": " + ValueFormat.single(output.before());
        }
        return "~ " + output.render();
    }

    private static String label(Resource resource) {
        return resource.type() + " " + resource.name();
    }

    private static String parentName(Resource resource) {
        return hasStackParent(resource) ? STACK_PARENT : Urns.name(resource.parent());
    }

    /** A resource without a parent is the stack's: the synth may write either for it. */
    private static boolean hasStackParent(Resource resource) {
        return resource.parent() == null || Urns.isStack(resource.parent());
    }
}
