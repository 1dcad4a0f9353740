package com.ecsplatform.config;

import java.util.Locale;

/**
 * The kind of environment a stack is. It picks the defaults of every key a stack file leaves out
 * and the operational policy that is not a key at all (log retention, deploy percentages, deletion
 * protection). Set with {@code ecs-platform:profile}: {@code dev} or {@code prod}.
 */
public enum Profile {
    /** Small and cheap; may be torn down at any time. */
    DEV,
    /** Survives the loss of an availability zone; deletion-protected. */
    PROD;

    /** The value as written in a stack file. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
