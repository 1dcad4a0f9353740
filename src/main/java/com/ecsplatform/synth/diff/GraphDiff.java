package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.SynthGraph.Resource;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changes between two synth graphs of one stack, the way a deploy would see it.
 *
 * <p>Resources are matched by URN, Pulumi's identity. A resource whose URN disappears while one of
 * the same type appears is reported as {@linkplain Move moved} rather than as a delete plus a create
 * when the pair is unambiguous (see {@link #between(SynthGraph, SynthGraph)}): without an alias, a
 * real deploy replaces it, which is easy to cause by accident and cheap to prevent.
 *
 * <p>Every list is sorted by URN (outputs by name), so equal inputs give equal diffs and equal reports.
 *
 * @param added   resources only in the new graph: created by a deploy
 * @param removed resources only in the old graph: deleted by a deploy
 * @param changed resources in both whose inputs, options or parent differ: updated in place or,
 *                when an input forces it, replaced ({@link Preview} tells which)
 * @param moved   resources renamed or re-parented without an alias: replaced by a deploy
 * @param outputs stack outputs that appear, disappear or change; the path is the output's name
 */
public record GraphDiff(
        List<Resource> added,
        List<Resource> removed,
        List<ResourceChange> changed,
        List<Move> moved,
        List<PropertyChange> outputs) {

    public GraphDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        moved = List.copyOf(moved);
        outputs = List.copyOf(outputs);
    }

    /**
     * Diffs two graphs of the same stack.
     *
     * <p>A removed and an added resource of the same type are paired as a {@link Move} when either
     * <ul>
     *   <li>they have the same name: the parent changed to one of another type ({@link Move.Kind#REPARENTED}), or</li>
     *   <li>they have the same parent and equal inputs: the name changed ({@link Move.Kind#RENAMED}).
     *       A parent that was itself moved counts as the same parent, so renaming a component and its
     *       children together is reported as renames all the way down.</li>
     * </ul>
     * A pair is only made when no other removed or added resource fits as well; otherwise the diff
     * does not guess and keeps them as a delete and a create.
     */
    public static GraphDiff between(SynthGraph before, SynthGraph after) {
        List<Resource> removed = new ArrayList<>();
        List<ResourceChange> changed = new ArrayList<>();
        Map<String, Resource> aliased = aliasedResources(before, after);
        for (Resource old : before.resources().values()) {
            Resource current = after.resources().get(old.urn());
            if (current == null && aliased.containsKey(old.urn())) {
                // An alias makes the new URN the same resource to Pulumi: a change, not a move.
                ResourceChange change = ResourceChange.of(old, aliased.get(old.urn()));
                changed.add(change);
            } else if (current == null) {
                removed.add(old);
            } else {
                ResourceChange change = ResourceChange.of(old, current);
                if (!change.isEmpty()) {
                    changed.add(change);
                }
            }
        }
        List<Resource> added = after.resources().values().stream()
                .filter(current -> !before.resources().containsKey(current.urn()))
                .filter(current -> !aliased.containsValue(current))
                .toList();
        changed.sort(java.util.Comparator.comparing(change -> change.after().urn()));
        MoveDetector.Outcome moves = MoveDetector.detect(removed, added);
        return new GraphDiff(
                moves.unmatchedAdded(),
                moves.unmatchedRemoved(),
                changed,
                moves.moves(),
                outputChanges(before.outputs(), after.outputs()));
    }

    /**
     * @return for each resource of {@code before} that is gone under its URN but named by an alias
     *     ({@code options.aliases}) of a new resource, that new resource, keyed by the old URN
     */
    private static Map<String, Resource> aliasedResources(SynthGraph before, SynthGraph after) {
        Map<String, Resource> aliased = new java.util.HashMap<>();
        for (Resource current : after.resources().values()) {
            if (before.resources().containsKey(current.urn())) {
                continue;
            }
            JsonElement aliases = current.options().get("aliases");
            if (aliases != null && aliases.isJsonArray()) {
                aliases.getAsJsonArray().forEach(alias -> {
                    String urn = alias.getAsString();
                    if (before.resources().containsKey(urn) && !after.resources().containsKey(urn)) {
                        aliased.put(urn, current);
                    }
                });
            }
        }
        return aliased;
    }

    /** @return how many resources a deploy would create, update, delete and replace */
    public Counts counts() {
        return new Counts(added.size(), changed.size(), removed.size(), moved.size());
    }

    /** @return whether nothing differs, outputs included */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty() && outputs.isEmpty();
    }

    private static List<PropertyChange> outputChanges(Map<String, JsonElement> before, Map<String, JsonElement> after) {
        SortedSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<PropertyChange> changes = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changes.add(new PropertyChange(name, before.get(name), after.get(name)));
            }
        }
        return changes;
    }

    /**
     * Resource counts per kind of structural difference. Which changes replace a resource, and what
     * their replacement cascades to, is {@link Preview}'s classification; here an input change is a
     * change and only a move counts as a replacement.
     *
     * @param create  resources created
     * @param update  resources updated in place
     * @param delete  resources deleted
     * @param replace resources replaced because they were renamed or re-parented
     */
    public record Counts(int create, int update, int delete, int replace) {
    }

    /**
     * A resource present in both graphs under the same URN whose definition differs.
     *
     * @param before  the old definition
     * @param after   the new definition
     * @param inputs  input changes, paths relative to the inputs
     * @param options option changes, paths relative to the options
     */
    public record ResourceChange(Resource before, Resource after, List<PropertyChange> inputs, List<PropertyChange> options) {

        public ResourceChange {
            inputs = List.copyOf(inputs);
            options = List.copyOf(options);
        }

        static ResourceChange of(Resource before, Resource after) {
            return new ResourceChange(
                    before,
                    after,
                    JsonTreeDiff.diff(before.inputs(), after.inputs()),
                    JsonTreeDiff.diff(before.options(), after.options()));
        }

        /**
         * A new parent of the same type keeps the URN, so this is an update of the parent link, not a
         * replacement.
         *
         * @return whether the parent URN changed
         */
        public boolean parentChanged() {
            return !Objects.equals(before.parent(), after.parent());
        }

        /** @return whether the URN changed and an alias keeps the resource: renamed or moved, not replaced */
        public boolean aliased() {
            return !before.urn().equals(after.urn());
        }

        /** @return whether nothing differs */
        public boolean isEmpty() {
            return inputs.isEmpty() && options.isEmpty() && !parentChanged() && !aliased();
        }
    }

    /**
     * A resource whose URN changed: renamed or moved under a parent of another type. Pulumi sees a
     * different resource and replaces it unless the new definition carries an alias to the old one.
     *
     * @param kind    what changed in the URN
     * @param before  the old definition
     * @param after   the new definition
     * @param inputs  input changes that come with the move
     * @param options option changes that come with the move
     */
    public record Move(Kind kind, Resource before, Resource after, List<PropertyChange> inputs, List<PropertyChange> options) {

        /** Sorts moves the way the other lists are sorted: by the URN the resource has now. */
        static final Comparator<Move> BY_NEW_URN = Comparator.comparing(move -> move.after().urn());

        public Move {
            Objects.requireNonNull(kind, "kind");
            inputs = List.copyOf(inputs);
            options = List.copyOf(options);
        }

        static Move of(Kind kind, Resource before, Resource after) {
            return new Move(
                    kind,
                    before,
                    after,
                    JsonTreeDiff.diff(before.inputs(), after.inputs()),
                    JsonTreeDiff.diff(before.options(), after.options()));
        }

        /** What changed in the URN. */
        public enum Kind {
            /** Same type and parent, new logical name. */
            RENAMED,
            /** Same type and name, parent of another type (or no parent any more, or a first one). */
            REPARENTED
        }
    }
}
