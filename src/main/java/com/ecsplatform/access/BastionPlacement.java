package com.ecsplatform.access;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Where and what the bastion is.
 *
 * @param instanceType    EC2 instance type
 * @param amiId           latest Amazon Linux 2023, resolved from AWS's public SSM parameter
 * @param subnetId        a public subnet
 * @param securityGroupId the bastion's security group
 * @param internetGateway the VPC's internet gateway: the public address is released before it detaches
 */
@RecordBuilder
public record BastionPlacement(
        String instanceType,
        Output<String> amiId,
        Output<String> subnetId,
        Output<String> securityGroupId,
        Resource internetGateway) {

    /** Named construction of {@link BastionPlacement}. */
    public static BastionPlacementBuilder builder() {
        return BastionPlacementBuilder.builder();
    }
}
