package com.ecsplatform.access;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * Where and what the bastion is.
 *
 * @param instanceType    EC2 instance type
 * @param amiId           latest Amazon Linux 2023, resolved from AWS's public SSM parameter
 * @param subnetId        a public subnet
 * @param securityGroupId the bastion's security group
 * @param internetGateway the VPC's internet gateway: the public address is released before it detaches
 */
public record BastionPlacement(
        String instanceType,
        Output<String> amiId,
        Output<String> subnetId,
        Output<String> securityGroupId,
        Resource internetGateway) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link BastionPlacement}. */
    public static final class Builder {
        private String instanceType;
        private Output<String> amiId;
        private Output<String> subnetId;
        private Output<String> securityGroupId;
        private Resource internetGateway;

        private Builder() {
        }

        public Builder instanceType(String value) {
            instanceType = value;
            return this;
        }

        public Builder amiId(Output<String> value) {
            amiId = value;
            return this;
        }

        public Builder subnetId(Output<String> value) {
            subnetId = value;
            return this;
        }

        public Builder securityGroupId(Output<String> value) {
            securityGroupId = value;
            return this;
        }

        public Builder internetGateway(Resource value) {
            internetGateway = value;
            return this;
        }

        public BastionPlacement build() {
            return new BastionPlacement(instanceType, amiId, subnetId, securityGroupId, internetGateway);
        }
    }
}
