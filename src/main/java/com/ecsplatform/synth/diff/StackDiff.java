package com.ecsplatform.synth.diff;

import java.util.Objects;

/**
 * The classified diff of one stack, as {@link MarkdownReport} lists it.
 *
 * @param stack   the stack's name
 * @param preview what a deploy does to it
 */
public record StackDiff(String stack, Preview preview) {

    public StackDiff {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(preview, "preview");
    }

    /** @return the classified diff of two graphs of {@code stack} */
    public static StackDiff between(String stack, SynthGraph before, SynthGraph after) {
        return new StackDiff(stack, Preview.between(before, after));
    }
}
