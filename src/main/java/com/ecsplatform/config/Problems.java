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
    /** The schema's findings: each gives way to the program's own at the same key, which says more. */
    private final List<ConfigProblem> schemaFound = new ArrayList<>();
    /** How many problems were found before the schema's: those (the stack name, secrets) never replace one. */
    private int foundBeforeSchema = -1;

    Problems(Set<String> secretKeys) {
        this.secretKeys = Set.copyOf(secretKeys);
    }

    void add(String key, String message) {
        found.add(new ConfigProblem(key, message));
    }

    /**
     * A violation of the schema. When a rule of the program reports the same key, that message is kept
     * instead: it knows more (the AWS fact broken, the nearest valid value).
     */
    void addFromSchema(String key, String message) {
        if (foundBeforeSchema < 0) {
            foundBeforeSchema = found.size();
        }
        schemaFound.add(new ConfigProblem(key, message));
    }

    /** Whether a problem was found at any of {@code keys} or inside one (a field or a list element). */
    boolean has(String... keys) {
        return Stream.of(keys).anyMatch(key -> Stream.concat(found.stream(), schemaFound.stream())
                .anyMatch(problem -> isAtOrUnder(problem.key(), key)));
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
        List<ConfigProblem> all = new ArrayList<>(found);
        schemaFound.stream()
                .filter(problem -> found.subList(foundBeforeSchema, found.size()).stream()
                        .noneMatch(own -> own.key().equals(problem.key())))
                .forEach(all::add);
        if (!all.isEmpty()) {
            throw new ConfigException(stackFile, all);
        }
    }

    private boolean isSecret(String key) {
        return secretKeys.stream().anyMatch(secret -> isAtOrUnder(key, secret));
    }

    private static boolean isAtOrUnder(String key, String parent) {
        return key.equals(parent) || key.startsWith(parent + ".") || key.startsWith(parent + "[");
    }
}
