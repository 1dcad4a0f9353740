package com.ecsplatform.access;


import java.util.Optional;

/**
 * What {@link Access} needs.
 *
 * @param namePrefix  prefix of the stack's AWS names and {@code Name} tags
 * @param sshPublicKey   the OpenSSH public key line to import
 * @param bastion        the bastion's placement; empty when there is no bastion
 * @param sshPublicKeySecret whether the key is a Pulumi secret ({@code ecs-platform:sshPublicKey} set with --secret)
 */
public record AccessArgs(
        String namePrefix,
        String sshPublicKey,
        Optional<BastionPlacement> bastion,
        boolean sshPublicKeySecret) {
    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link AccessArgs}. */
    public static final class Builder {
        private String namePrefix;
        private String sshPublicKey;
        private Optional<BastionPlacement> bastion = Optional.empty();
        private boolean sshPublicKeySecret;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder sshPublicKey(String value) {
            sshPublicKey = value;
            return this;
        }

        public Builder bastion(Optional<BastionPlacement> value) {
            bastion = value;
            return this;
        }

        public Builder sshPublicKeySecret(boolean value) {
            sshPublicKeySecret = value;
            return this;
        }

        public AccessArgs build() {
            return new AccessArgs(namePrefix, sshPublicKey, bastion, sshPublicKeySecret);
        }
    }
}
