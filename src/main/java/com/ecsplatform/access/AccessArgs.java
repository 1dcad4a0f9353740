package com.ecsplatform.access;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

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

    /**
     * Where and what the bastion is.
     *
     * @param instanceType    EC2 instance type
     * @param amiId           latest Amazon Linux 2023, resolved from AWS's public SSM parameter
     * @param subnetId        a public subnet
     * @param securityGroupId the bastion's security group
     * @param internetGateway the VPC's internet gateway: the public address is released before it detaches
     */
    public record BastionPlacement(String instanceType, Output<String> amiId, Output<String> subnetId,
                                   Output<String> securityGroupId, Resource internetGateway) {
    }
}
