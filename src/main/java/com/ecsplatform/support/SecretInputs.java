package com.ecsplatform.support;

import com.pulumi.core.Output;

/**
 * Resource inputs derived from a setting that may be a Pulumi secret. A secret stays one in the
 * resource's inputs, so the state file and {@code pulumi preview} keep it encrypted; the config value
 * itself arrives decrypted, so the program has to say so.
 */
public final class SecretInputs {

    private SecretInputs() {
    }

    /** {@code value} as an input, secret when {@code secret}. */
    public static <T> Output<T> of(boolean secret, T value) {
        return secret ? Output.ofSecret(value) : Output.of(value);
    }

    /** {@code value}, made secret when {@code secret}; otherwise as it is. */
    public static <T> Output<T> of(boolean secret, Output<T> value) {
        return secret ? value.asSecret() : value;
    }
}
