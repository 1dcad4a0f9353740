package com.ecsplatform.network;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.List;

/**
 * What {@link PrivateEndpoints} needs.
 *
 * @param namePrefix         prefix of the stack's AWS names and {@code Name} tags
 * @param region                the region whose service endpoints are reached
 * @param vpcId                 the VPC
 * @param privateSubnetIds      where the interface endpoints get their network interfaces
 * @param privateRouteTableIds  the route tables the S3 gateway endpoint is added to
 * @param securityGroupId       the endpoints' security group (HTTPS from the instances)
 */
@RecordBuilder
public record PrivateEndpointsArgs(
        String namePrefix,
        String region,
        Output<String> vpcId,
        List<Output<String>> privateSubnetIds,
        List<Output<String>> privateRouteTableIds,
        Output<String> securityGroupId) {

    /** Named construction of {@link PrivateEndpointsArgs}. */
    public static PrivateEndpointsArgsBuilder builder() {
        return PrivateEndpointsArgsBuilder.builder();
    }
}
