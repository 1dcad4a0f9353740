package com.ecsplatform.access;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.Optional;

/**
 * What {@link Access} needs.
 *
 * @param namePrefix  prefix of the stack's AWS names and {@code Name} tags
 * @param sshPublicKey   the OpenSSH public key line to import
 * @param bastion        the bastion's placement; empty when there is no bastion
 * @param sshPublicKeySecret whether the key is a Pulumi secret ({@code ecs-platform:sshPublicKey} set with --secret)
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true)
public record AccessArgs(
        String namePrefix,
        String sshPublicKey,
        Optional<BastionPlacement> bastion,
        boolean sshPublicKeySecret) {
    /** Named construction of {@link AccessArgs}. */
    public static AccessArgsBuilder builder() {
        return AccessArgsBuilder.builder();
    }
}
