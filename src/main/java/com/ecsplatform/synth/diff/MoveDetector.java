package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.GraphDiff.Move;
import com.ecsplatform.synth.diff.SynthGraph.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Pairs removed with added resources that are the same resource under a new URN. See
 * {@link GraphDiff#between(SynthGraph, SynthGraph)} for the rules.
 */
final class MoveDetector {

    private final List<Resource> removed;
    private final List<Resource> added;
    private final List<Move> moves = new ArrayList<>();
    /** Old URN to new URN of every resource paired so far, for children comparing their parents. */
    private final Map<String, String> newUrns = new HashMap<>();

    private MoveDetector(List<Resource> removed, List<Resource> added) {
        this.removed = new ArrayList<>(removed);
        this.added = new ArrayList<>(added);
    }

    /**
     * @param removed resources only in the old graph, sorted by URN
     * @param added   resources only in the new graph, sorted by URN
     */
    static Outcome detect(List<Resource> removed, List<Resource> added) {
        MoveDetector detector = new MoveDetector(removed, added);
        detector.pairAll(detector.removed, MoveDetector::sameTypeAndName, Move.Kind.REPARENTED);
        // Parents first: a child's "same parent" test needs its parent's pairing.
        for (int depth = 0; depth <= maxDepth(removed); depth++) {
            int level = depth;
            List<Resource> atLevel = detector.removed.stream().filter(r -> depth(r) == level).toList();
            detector.pairAll(atLevel, detector::sameTypeParentAndInputs, Move.Kind.RENAMED);
        }
        detector.moves.sort(Move.BY_NEW_URN);
        return new Outcome(detector.moves, detector.removed, detector.added);
    }

    private void pairAll(List<Resource> candidates, BiPredicate<Resource, Resource> samePair, Move.Kind kind) {
        for (Resource old : List.copyOf(candidates)) {
            List<Resource> matches = added.stream().filter(current -> samePair.test(old, current)).toList();
            if (matches.size() == 1 && isOnlyMatch(old, matches.get(0), samePair)) {
                pair(old, matches.get(0), kind);
            }
        }
    }

    private boolean isOnlyMatch(Resource old, Resource current, BiPredicate<Resource, Resource> samePair) {
        return removed.stream().noneMatch(other -> other != old && samePair.test(other, current));
    }

    private void pair(Resource old, Resource current, Move.Kind kind) {
        removed.remove(old);
        added.remove(current);
        newUrns.put(old.urn(), current.urn());
        moves.add(Move.of(kind, old, current));
    }

    private static boolean sameTypeAndName(Resource old, Resource current) {
        return old.type().equals(current.type()) && old.name().equals(current.name());
    }

    private boolean sameTypeParentAndInputs(Resource old, Resource current) {
        String oldParent = old.parent() == null ? null : newUrns.getOrDefault(old.parent(), old.parent());
        return old.type().equals(current.type())
                && Objects.equals(oldParent, current.parent())
                && old.inputs().equals(current.inputs());
    }

    private static int maxDepth(List<Resource> resources) {
        return resources.stream().mapToInt(MoveDetector::depth).max().orElse(0);
    }

    private static int depth(Resource resource) {
        return Urns.depth(resource.urn());
    }

    /**
     * @param moves            the pairs found, sorted by new URN
     * @param unmatchedRemoved removed resources that stay deletes, in URN order
     * @param unmatchedAdded   added resources that stay creates, in URN order
     */
    record Outcome(List<Move> moves, List<Resource> unmatchedRemoved, List<Resource> unmatchedAdded) {

        Outcome {
            moves = List.copyOf(moves);
            unmatchedRemoved = List.copyOf(unmatchedRemoved);
            unmatchedAdded = List.copyOf(unmatchedAdded);
        }
    }
}
