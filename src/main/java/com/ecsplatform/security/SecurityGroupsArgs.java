package com.ecsplatform.security;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SecurityGroups} needs.
 *
 * @param namePrefix       prefix of the stack's AWS names and {@code Name} tags
 * @param vpcId               the VPC the groups live in
 * @param bastionAllowedCidrs networks admitted to the bastion on SSH; empty when there is no bastion
 * @param bastionEnabled      whether the bastion tier exists
 * @param databasePort        the database tier's port; empty when there is no database tier
 * @param privateEndpoints    whether the instances reach AWS through VPC interface endpoints (no NAT)
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true)
public record SecurityGroupsArgs(
        String namePrefix,
        Output<String> vpcId,
        boolean bastionEnabled,
        List<String> bastionAllowedCidrs,
        Optional<Integer> databasePort,
        boolean privateEndpoints) {

    /** Named construction of {@link SecurityGroupsArgs}. */
    public static SecurityGroupsArgsBuilder builder() {
        return SecurityGroupsArgsBuilder.builder();
    }
}
