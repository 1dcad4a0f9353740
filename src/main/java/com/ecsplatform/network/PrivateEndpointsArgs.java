package com.ecsplatform.network;

import com.pulumi.core.Output;

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
public record PrivateEndpointsArgs(
        String namePrefix,
        String region,
        Output<String> vpcId,
        List<Output<String>> privateSubnetIds,
        List<Output<String>> privateRouteTableIds,
        Output<String> securityGroupId) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link PrivateEndpointsArgs}. */
    public static final class Builder {
        private String namePrefix;
        private String region;
        private Output<String> vpcId;
        private List<Output<String>> privateSubnetIds;
        private List<Output<String>> privateRouteTableIds;
        private Output<String> securityGroupId;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        public Builder vpcId(Output<String> value) {
            vpcId = value;
            return this;
        }

        public Builder privateSubnetIds(List<Output<String>> value) {
            privateSubnetIds = value;
            return this;
        }

        public Builder privateRouteTableIds(List<Output<String>> value) {
            privateRouteTableIds = value;
            return this;
        }

        public Builder securityGroupId(Output<String> value) {
            securityGroupId = value;
            return this;
        }

        public PrivateEndpointsArgs build() {
            return new PrivateEndpointsArgs(namePrefix, region, vpcId, privateSubnetIds, privateRouteTableIds, securityGroupId);
        }
    }
}
