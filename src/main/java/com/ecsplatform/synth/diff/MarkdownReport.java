package com.ecsplatform.synth.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown rendering of the diffs of several stacks, for one pull-request comment: a heading, a
 * summary table (Stack | Create | Update | Delete | Replace), then a section per stack with the
 * {@link TextReport} lines in a {@code diff} code block, folded into a {@code <details>} block when
 * longer than {@value #FOLD_AFTER_LINES} lines. Stacks keep the order they are given in, so the same
 * input always renders to the same text.
 */
public final class MarkdownReport {

    /** A stack's detail section longer than this many lines is folded. */
    public static final int FOLD_AFTER_LINES = 20;
    /** The heading every report starts with. */
    public static final String HEADING = "## Offline synth diff";

    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
    private static final String LEGEND = "<sub>`+` create · `~` update · `-` delete · `±` replace."
            + " Computed offline under Pulumi mocks: values known only at deploy time read `${resource.output}`,"
            + " and an input change that forces a replacement counts as an update here;"
            + " the Pulumi preview has the final word.</sub>";

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
        StringBuilder md = new StringBuilder(HEADING).append("\n\n");
        if (!basis.isBlank()) {
            md.append(basis.strip()).append("\n\n");
        }
        if (stacks.stream().allMatch(stack -> stack.diff().isEmpty())) {
            if (!stacks.isEmpty()) {
                appendSummaryTable(md, stacks);
            }
            return md.append(TextReport.NO_CHANGES).append("\n").toString();
        }
        appendSummaryTable(md, stacks);
        appendReplacementWarning(md, stacks);
        for (StackDiff stack : stacks) {
            appendStackSection(md, stack);
        }
        return md.append(LEGEND).append("\n").toString();
    }

    private static void appendSummaryTable(StringBuilder md, List<StackDiff> stacks) {
        md.append("| Stack | Create | Update | Delete | Replace |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (StackDiff stack : stacks) {
            GraphDiff.Counts counts = stack.diff().counts();
            md.append("| ").append(tableCell(stack.stack()))
                    .append(" | ").append(counts.create())
                    .append(" | ").append(counts.update())
                    .append(" | ").append(counts.delete())
                    .append(" | ").append(counts.replace())
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void appendReplacementWarning(StringBuilder md, List<StackDiff> stacks) {
        int replaced = stacks.stream().mapToInt(stack -> stack.diff().counts().replace()).sum();
        if (replaced == 0) {
            return;
        }
        md.append("> [!WARNING]\n> ")
                .append(replaced == 1 ? "1 resource is" : replaced + " resources are")
                .append(" renamed or re-parented without an alias (`±`): a deploy replaces ")
                .append(replaced == 1 ? "it" : "them")
                .append(". Add `aliases` to keep ")
                .append(replaced == 1 ? "it" : "them")
                .append(".\n\n");
    }

    private static void appendStackSection(StringBuilder md, StackDiff stack) {
        md.append("### ").append(escapeText(stack.stack())).append("\n\n");
        GraphDiff diff = stack.diff();
        if (diff.isEmpty()) {
            md.append(TextReport.NO_CHANGES).append("\n\n");
            return;
        }
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

    private static String outputsNote(GraphDiff diff) {
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
