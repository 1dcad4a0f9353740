package com.ecsplatform.synth.diff;

/**
 * The text handed to {@link SynthGraph#parse(String)} is not a synth graph: invalid JSON, a missing
 * or mistyped field, or two resources with the same URN. The message says which, on one line.
 */
public final class SynthFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, phrased for the person who produced the file */
    public SynthFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong
     * @param cause   the underlying parser failure
     */
    public SynthFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
