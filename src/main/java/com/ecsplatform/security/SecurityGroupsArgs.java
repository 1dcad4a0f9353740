package com.ecsplatform.security;

import com.pulumi.core.Output;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link SecurityGroups} needs.
 *
 * @param nameTagPrefix       prefix of AWS {@code Name} tags
 * @param vpcId               the VPC the groups live in
 * @param bastionAllowedCidrs networks admitted to the bastion on SSH; empty when there is no bastion
 * @param bastionEnabled      whether the bastion tier exists
 * @param databasePort        the database tier's port; empty when there is no database tier
 * @param privateEndpoints    whether the instances reach AWS through VPC interface endpoints (no NAT)
 * @param tags                tags for every child
 */
public record SecurityGroupsArgs(
        String nameTagPrefix,
        Output<String> vpcId,
        boolean bastionEnabled,
        List<String> bastionAllowedCidrs,
        Optional<Integer> databasePort,
        boolean privateEndpoints,
        Map<String, String> tags) {
}
