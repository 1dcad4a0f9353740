package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.SynthGraph.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deploy does to one resource, with the reasons a reviewer needs.
 *
 * @param action       create, update in place, replace or delete
 * @param before       the resource as deployed (null for a create)
 * @param after        the resource as the change defines it (null for a delete)
 * @param cause        why it is replaced: the input that forces it, the referenced resource that is
 *                     replaced, or the rename; empty when it is not replaced
 * @param inputs       input changes written in the program, each with its verdict
 * @param implied      inputs whose value changes because a resource they reference is replaced or
 *                     gets a new version, though the program did not change them
 * @param options      resource option changes
 * @param parentChange the report line of a new parent that keeps the resource ({@code parent: a → b}, same
 *                     URN, or {@code aliased: ...}, new URN kept by an alias); empty otherwise
 * @param move         the rename or re-parenting, when the URN changed
 * @param maybe        conditional rules under which an input change may still replace the resource
 * @param chain        for a change caused by a replacement: every step from the first replaced
 *                     resource to this one, e.g. {@code net-vpc replaced (cidrBlock)}
 * @param effects      what the change means in AWS beyond its properties
 * @param blocking     why the change must not go ahead unreviewed (protected, holds data); empty otherwise
 */
public record PlannedChange(
        Action action,
        Resource before,
        Resource after,
        Optional<String> cause,
        List<Input> inputs,
        List<Input> implied,
        List<PropertyChange> options,
        Optional<String> parentChange,
        Optional<GraphDiff.Move> move,
        List<String> maybe,
        List<String> chain,
        List<String> effects,
        Optional<String> blocking) {

    public PlannedChange {
        Objects.requireNonNull(action, "action");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a resource on at least one side");
        }
        inputs = List.copyOf(inputs);
        implied = List.copyOf(implied);
        options = List.copyOf(options);
        maybe = List.copyOf(maybe);
        chain = List.copyOf(chain);
        effects = List.copyOf(effects);
    }

    /** @return the resource as it will be, or as it was for a delete */
    public Resource resource() {
        return after != null ? after : before;
    }

    /** @return the logical name */
    public String name() {
        return resource().name();
    }

    /** @return the type token */
    public String type() {
        return resource().type();
    }

    /** @return whether the change is marked as blocking */
    public boolean isBlocking() {
        return blocking.isPresent();
    }

    /**
     * One input whose value changes, and what the provider does about it.
     *
     * @param change  the path and the old and new values (for an implied change both are the reference)
     * @param verdict update, replace or may-replace, with the table rule
     * @param why     for an implied change, why the value changes ({@code net-vpc is replaced}); empty otherwise
     * @param ignored whether {@code ignoreChanges} keeps the deployed value, so the change does nothing
     */
    public record Input(PropertyChange change, Verdict verdict, String why, boolean ignored) {

        public Input {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(why, "why");
        }

        /** @return whether this input makes the provider replace the resource */
        public boolean forcesReplacement() {
            return !ignored && verdict.kind() == Verdict.Kind.REPLACE;
        }

        /** @return the line a report shows: {@code cidrBlock: "a" → "b" (forces replacement)} */
        public String render() {
            String text = why.isEmpty()
                    ? change.render()
                    : change.path() + ": " + ValueFormat.single(change.after()) + " (new value: " + why + ")";
            if (ignored) {
                return text + " (ignoreChanges: not applied)";
            }
            return switch (verdict.kind()) {
                case REPLACE -> text + " (forces replacement)";
                case MAYBE_REPLACE -> text + " (may force replacement)";
                case UPDATE -> text;
            };
        }
    }

    /** Builds a change step by step; used while the cascade settles. */
    static final class Builder {
        Action action;
        final Resource before;
        final Resource after;
        String cause;
        final List<Input> inputs = new ArrayList<>();
        final List<Input> implied = new ArrayList<>();
        final List<PropertyChange> options = new ArrayList<>();
        String parentChange;
        GraphDiff.Move move;
        final List<String> maybe = new ArrayList<>();
        List<String> chain = List.of();
        /** The resource whose replacement or new version changed this one, and the input it reached. */
        String via;
        String viaPath;
        final List<String> effects = new ArrayList<>();
        String blocking;

        Builder(Action action, Resource before, Resource after) {
            this.action = action;
            this.before = before;
            this.after = after;
        }

        String name() {
            return (after != null ? after : before).name();
        }

        PlannedChange build() {
            return new PlannedChange(action, before, after, Optional.ofNullable(cause), inputs, implied, options,
                    Optional.ofNullable(parentChange), Optional.ofNullable(move), maybe, chain, effects,
                    Optional.ofNullable(blocking));
        }
    }
}
