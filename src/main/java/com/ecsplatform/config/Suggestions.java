package com.ecsplatform.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt keys, fields, instance types and enumerated values. */
final class Suggestions {

    /** Beyond this many edits a suggestion is more likely a guess than a typo fix. */
    private static final int MAX_EDITS = 3;

    private Suggestions() {
    }

    /**
     * The candidate {@code input} most likely meant: one equal ignoring case, else the nearest within
     * {@value #MAX_EDITS} edits (Levenshtein, ignoring case; the earlier candidate wins a tie).
     */
    static Optional<String> closest(String input, Collection<String> candidates) {
        String typed = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : candidates) {
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance == 0) {
                return Optional.of(candidate);
            }
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "; did you mean X?", or nothing when there is no suggestion or the value is a secret (a
     * suggestion derived from a secret would give it away).
     */
    static String didYouMean(String shown, Optional<String> suggestion) {
        return suggestion
                .filter(match -> !Problems.SECRET.equals(shown))
                .map(match -> "; did you mean " + match + "?")
                .orElse("");
    }

    /** The Levenshtein distance: insertions, deletions and substitutions turning {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
