package com.ecsplatform.config;

import java.util.Objects;

/**
 * One thing wrong with a stack's configuration.
 *
 * @param key     where: the fully qualified key, with the field path inside an object key
 *                ({@code ecs-platform:cluster.minSize}, {@code ecs-platform:bastion.allowedCidrs[1]});
 *                empty when the problem is with the stack file as a whole
 * @param message what is wrong and what to do about it; never contains a secret value
 */
public record ConfigProblem(String key, String message) {

    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /** {@code key: message}, as listed in a {@link ConfigException}. */
    @Override
    public String toString() {
        return key.isEmpty() ? message : key + ": " + message;
    }
}
