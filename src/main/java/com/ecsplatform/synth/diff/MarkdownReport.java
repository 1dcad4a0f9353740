package com.ecsplatform.synth.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown rendering of the classified diffs of several stacks, for one pull-request comment: a
 * heading, a summary table (Stack | Create | Update | Replace | Delete | Blocking), a caution naming
 * every blocking change, then a section per stack: its replacements with their cause and cascade,
 * and the {@link TextReport} lines in a {@code diff} code block, folded into a {@code <details>}
 * block when longer than {@value #FOLD_AFTER_LINES} lines. Stacks keep the order they are given in,
 * so the same input always renders to the same text.
 */
public final class MarkdownReport {

    /** A stack's detail section longer than this many lines is folded. */
    public static final int FOLD_AFTER_LINES = 20;
    /** The heading every report starts with. */
    public static final String HEADING = "## Offline synth diff";

    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
    private static final String LEGEND = "<sub>`+` create · `~` update · `-` delete · `±` replace."
            + " Computed offline under Pulumi mocks: values known only at deploy time read `${resource.output}`;"
            + " replacements follow the provider's replace-on-change table (terraform-provider-aws "
            + ReplaceRules.bundled().source().ref() + ") and cascade through references;"
            + " \"may replace\" marks a rule that depends on values known only in AWS.</sub>";

    private MarkdownReport() {
    }

    /** @return the report for {@code stacks}, in that order */
    public static String render(List<StackDiff> stacks) {
        return render(stacks, "");
    }

    /**
     * @param stacks the diffs, in the order to show them
     * @param basis  one line saying what was compared with what (Markdown), or empty for none
     * @return the report
     */
    public static String render(List<StackDiff> stacks, String basis) {
        return render(stacks, basis, Approvals.none());
    }

    /**
     * @param stacks    the diffs, in the order to show them
     * @param basis     one line saying what was compared with what (Markdown), or empty for none
     * @param approvals the approved blocking changes, which the report marks as approved
     * @return the report
     */
    public static String render(List<StackDiff> stacks, String basis, Approvals approvals) {
        StringBuilder md = new StringBuilder(HEADING).append("\n\n");
        if (!basis.isBlank()) {
            md.append(basis.strip()).append("\n\n");
        }
        if (stacks.stream().allMatch(stack -> stack.preview().isEmpty())) {
            if (!stacks.isEmpty()) {
                appendSummaryTable(md, stacks);
            }
            return md.append(TextReport.NO_CHANGES).append("\n").toString();
        }
        appendSummaryTable(md, stacks);
        appendBlockingCaution(md, stacks, approvals);
        appendReplacementWarning(md, stacks);
        for (StackDiff stack : stacks) {
            appendStackSection(md, stack);
        }
        return md.append(LEGEND).append("\n").toString();
    }

    private static void appendSummaryTable(StringBuilder md, List<StackDiff> stacks) {
        md.append("| Stack | Create | Update | Replace | Delete | Blocking |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (StackDiff stack : stacks) {
            Preview.Counts counts = stack.preview().counts();
            md.append("| ").append(tableCell(stack.stack()))
                    .append(" | ").append(counts.create())
                    .append(" | ").append(counts.update())
                    .append(" | ").append(counts.replace())
                    .append(" | ").append(counts.delete())
                    .append(" | ").append(counts.blocking() == 0 ? "0" : "**" + counts.blocking() + "**")
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void appendBlockingCaution(StringBuilder md, List<StackDiff> stacks, Approvals approvals) {
        List<String> blocking = new ArrayList<>();
        int approved = 0;
        for (StackDiff stack : stacks) {
            for (PlannedChange change : stack.preview().blocking()) {
                boolean isApproved = approvals.covers(stack.stack(), change);
                approved += isApproved ? 1 : 0;
                blocking.add(stack.stack() + ": `" + change.name() + "` (" + change.type() + ") " + change.blocking().orElseThrow()
                        + change.cause().map(cause -> ", forced by " + cause).orElse("")
                        + (isApproved ? " — approved in `" + Approvals.FILE + "`" : ""));
            }
        }
        if (blocking.isEmpty()) {
            return;
        }
        md.append("> [!CAUTION]\n> ").append(blocking.size() == 1 ? "1 change is" : blocking.size() + " changes are")
                .append(" blocking").append(approved == 0 ? "" : " (" + approved + " approved)")
                .append(": the build fails until each is approved (README, \"Reviewing changes\").\n");
        blocking.forEach(line -> md.append("> - ").append(escapeHtml(line)).append('\n'));
        md.append('\n');
    }

    private static void appendReplacementWarning(StringBuilder md, List<StackDiff> stacks) {
        long moved = stacks.stream()
                .flatMap(stack -> stack.preview().changes().stream())
                .filter(change -> change.move().isPresent())
                .count();
        if (moved == 0) {
            return;
        }
        md.append("> [!WARNING]\n> ")
                .append(moved == 1 ? "1 resource is" : moved + " resources are")
                .append(" renamed or re-parented without an alias (`±`): a deploy replaces ")
                .append(moved == 1 ? "it" : "them")
                .append(". Add `aliases` to keep ")
                .append(moved == 1 ? "it" : "them")
                .append(".\n\n");
    }

    private static void appendReplacements(StringBuilder md, Preview preview) {
        List<PlannedChange> replaced = preview.changes().stream()
                .filter(change -> change.action() == Action.REPLACE)
                .toList();
        if (replaced.isEmpty()) {
            return;
        }
        md.append("**Replaced** (").append(replaced.size()).append("):\n\n");
        for (PlannedChange change : replaced) {
            md.append("- `").append(change.name().replace("`", "")).append("` ").append(escapeHtml(change.type()))
                    .append(change.blocking().map(reason -> " — **blocking**: " + escapeHtml(reason)).orElse(""))
                    .append(": ").append(escapeHtml(change.cause().orElse("replaced")));
            if (change.chain().size() > 1) {
                md.append("; cascade: ").append(escapeHtml(String.join(" → ", change.chain())));
            }
            change.effects().forEach(effect -> md.append("; ").append(escapeHtml(effect)));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void appendStackSection(StringBuilder md, StackDiff stack) {
        md.append("### ").append(escapeText(stack.stack())).append("\n\n");
        Preview diff = stack.preview();
        if (diff.isEmpty()) {
            md.append(TextReport.NO_CHANGES).append("\n\n");
            return;
        }
        appendReplacements(md, diff);
        List<String> lines = TextReport.lines(diff);
        boolean fold = lines.size() > FOLD_AFTER_LINES;
        if (fold) {
            md.append("<details><summary>")
                    .append(escapeHtml(stack.stack() + ": " + diff.counts().describe() + outputsNote(diff)))
                    .append(" (").append(lines.size()).append(" lines)</summary>\n\n");
        }
        String fence = fenceFor(lines);
        md.append(fence).append("diff\n");
        lines.forEach(line -> md.append(line).append('\n'));
        md.append(fence).append("\n\n");
        if (fold) {
            md.append("</details>\n\n");
        }
    }

    private static String outputsNote(Preview diff) {
        int outputs = diff.outputs().size();
        return outputs == 0 ? "" : ", " + outputs + (outputs == 1 ? " output" : " outputs") + " changed";
    }

    /** A code fence longer than any run of backticks in the block, so no value can close it early. */
    private static String fenceFor(List<String> lines) {
        int longestRun = 0;
        for (String line : lines) {
            Matcher run = BACKTICK_RUN.matcher(line);
            while (run.find()) {
                longestRun = Math.max(longestRun, run.group().length());
            }
        }
        return "`".repeat(Math.max(3, longestRun + 1));
    }

    private static String tableCell(String text) {
        return escapeText(text).replace("|", "\\|");
    }

    private static String escapeText(String text) {
        return escapeHtml(text).replace("`", "\\`").replace("*", "\\*").replace("_", "\\_");
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
