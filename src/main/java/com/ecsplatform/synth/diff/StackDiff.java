package com.ecsplatform.synth.diff;

import java.util.Objects;

/**
 * The diff of one stack, as {@link MarkdownReport} lists it.
 *
 * @param stack the stack's name
 * @param diff  what changes in it
 */
public record StackDiff(String stack, GraphDiff diff) {

    public StackDiff {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(diff, "diff");
    }
}
