package com.ecsplatform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The problems found while loading one stack's configuration, collected so that a stack file with
 * several mistakes is reported in one run. It also decides how a message may quote a value: the
 * values of secret keys are never shown.
 */
final class Problems {

    /** What a message shows instead of a secret value. */
    static final String SECRET = RawConfig.SECRET_PLACEHOLDER;

    private final Set<String> secretKeys;
    private final List<ConfigProblem> found = new ArrayList<>();

    Problems(Set<String> secretKeys) {
        this.secretKeys = Set.copyOf(secretKeys);
    }

    void add(String key, String message) {
        found.add(new ConfigProblem(key, message));
    }

    /** Whether a problem was found at any of {@code keys} or inside one (a field or a list element). */
    boolean has(String... keys) {
        return Stream.of(keys).anyMatch(key -> found.stream().anyMatch(problem -> isAtOrUnder(problem.key(), key)));
    }

    /** Whether a problem was found at {@code key} itself (for an object: the object, not one of its fields). */
    boolean hasExactly(String key) {
        return found.stream().anyMatch(problem -> problem.key().equals(key));
    }

    /** {@code value} in double quotes, or {@value #SECRET} when {@code key} holds a secret. */
    String quote(String key, String value) {
        return isSecret(key) ? SECRET : '"' + value + '"';
    }

    /** {@code value} as written (a number, say), or {@value #SECRET} when {@code key} holds a secret. */
    String show(String key, Object value) {
        return isSecret(key) ? SECRET : String.valueOf(value);
    }

    /** Throws every problem found, if any. */
    void throwIfAny(String stackFile) {
        if (!found.isEmpty()) {
            throw new ConfigException(stackFile, found);
        }
    }

    private boolean isSecret(String key) {
        return secretKeys.stream().anyMatch(secret -> isAtOrUnder(key, secret));
    }

    private static boolean isAtOrUnder(String key, String parent) {
        return key.equals(parent) || key.startsWith(parent + ".") || key.startsWith(parent + "[");
    }
}
