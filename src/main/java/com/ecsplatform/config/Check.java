package com.ecsplatform.config;

import java.util.Optional;

/**
 * A rule on one field's value.
 *
 * @param <T> the field's type once read
 */
@FunctionalInterface
interface Check<T> {

    /**
     * @param value the value read
     * @param shown how the message may refer to the value: quoted, or {@code [secret]} for a secret key
     * @return what is wrong and what to do, or empty when the value is fine
     */
    Optional<String> problem(T value, String shown);

    /** This check, with {@code reason} appended to its message. */
    default Check<T> because(String reason) {
        return (value, shown) -> problem(value, shown).map(message -> message + "; " + reason);
    }
}
