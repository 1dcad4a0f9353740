package com.ecsplatform.network;

import com.pulumi.core.Output;

import java.util.List;
import java.util.Map;

/**
 * What {@link PrivateEndpoints} needs.
 *
 * @param nameTagPrefix         prefix of AWS {@code Name} tags
 * @param region                the region whose service endpoints are reached
 * @param vpcId                 the VPC
 * @param privateSubnetIds      where the interface endpoints get their network interfaces
 * @param privateRouteTableIds  the route tables the S3 gateway endpoint is added to
 * @param securityGroupId       the endpoints' security group (HTTPS from the instances)
 * @param tags                  tags for every child
 */
public record PrivateEndpointsArgs(
        String nameTagPrefix,
        String region,
        Output<String> vpcId,
        List<Output<String>> privateSubnetIds,
        List<Output<String>> privateRouteTableIds,
        Output<String> securityGroupId,
        Map<String, String> tags) {
}
