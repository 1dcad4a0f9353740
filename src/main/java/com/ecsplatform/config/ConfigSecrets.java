package com.ecsplatform.config;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the stack's settings are Pulumi secrets ({@code pulumi config set --secret}, also a field
 * set with {@code --path}: the engine then reports the whole key as secret). Components mark every
 * resource input derived from a secret setting as a Pulumi secret, so state and previews keep it
 * encrypted. Only the keys {@link SecretRules} accepts can be secret.
 *
 * @param keys the secret keys, fully qualified ({@code ecs-platform:alarmEmail})
 */
public record ConfigSecrets(Set<String> keys) {

    /** No secret settings. */
    public static final ConfigSecrets NONE = new ConfigSecrets(Set.of());

    public ConfigSecrets {
        keys = Collections.unmodifiableSortedSet(new TreeSet<>(keys));
    }

    /** {@code ecs-platform:sshPublicKey} is a secret: the imported key pair's public key is one too. */
    public boolean sshPublicKey() {
        return keys.contains(StackConfigLoader.key("sshPublicKey"));
    }

    /** {@code ecs-platform:alarmEmail} is a secret: the topic subscription's endpoint is one too. */
    public boolean alarmEmail() {
        return keys.contains(StackConfigLoader.key("alarmEmail"));
    }

    /**
     * {@code ecs-platform:service} or {@code ecs-platform:services} (or a field inside it) is a secret, so for
     * every service: the container definitions (image,
     * user, health check, environment, secret references) and the execution role's policy (which names
     * the image's repository and the secret references) are secrets too.
     */
    public boolean service() {
        return keys.contains(StackConfigLoader.key("service")) || keys.contains(StackConfigLoader.key("services"));
    }
}
