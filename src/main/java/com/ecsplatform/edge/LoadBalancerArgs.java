package com.ecsplatform.edge;

import com.ecsplatform.policy.DeployTiming;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

import java.util.List;
import java.util.Optional;

/**
 * What {@link LoadBalancer} needs.
 *
 * @param namePrefix      prefix of the stack's AWS names and {@code Name} tags
 * @param vpcId              the VPC of the target group
 * @param publicSubnetIds    where the ALB has its nodes (one per AZ)
 * @param internetGateway    the VPC's internet gateway, which must be attached before the ALB is created
 * @param securityGroupId    the ALB's security group
 * @param services           the services behind it, each with its target group: exactly one without routing
 *                           (the listeners' default action), the others in listener rules
 * @param timing             health check thresholds and draining time
 * @param deletionProtection whether AWS refuses to delete the ALB
 * @param protect            whether Pulumi refuses to delete (or replace) the ALB
 * @param certificateArn     a validated certificate: serve HTTPS and redirect HTTP; empty: serve HTTP only
 * @param accessLogs         where the ALB writes its access logs
 */
public record LoadBalancerArgs(
        String namePrefix,
        Output<String> vpcId,
        List<Output<String>> publicSubnetIds,
        Resource internetGateway,
        Output<String> securityGroupId,
        List<ServiceTarget> services,
        DeployTiming timing,
        boolean deletionProtection,
        boolean protect,
        Optional<Output<String>> certificateArn,
        AccessLogDestination accessLogs) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link LoadBalancerArgs}. */
    public static final class Builder {
        private String namePrefix;
        private Output<String> vpcId;
        private List<Output<String>> publicSubnetIds;
        private Resource internetGateway;
        private Output<String> securityGroupId;
        private List<ServiceTarget> services = List.of();
        private DeployTiming timing;
        private boolean deletionProtection;
        private boolean protect;
        private Optional<Output<String>> certificateArn = Optional.empty();
        private AccessLogDestination accessLogs;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder vpcId(Output<String> value) {
            vpcId = value;
            return this;
        }

        public Builder publicSubnetIds(List<Output<String>> value) {
            publicSubnetIds = value;
            return this;
        }

        public Builder internetGateway(Resource value) {
            internetGateway = value;
            return this;
        }

        public Builder securityGroupId(Output<String> value) {
            securityGroupId = value;
            return this;
        }

        public Builder services(List<ServiceTarget> value) {
            services = List.copyOf(value);
            return this;
        }

        public Builder timing(DeployTiming value) {
            timing = value;
            return this;
        }

        public Builder deletionProtection(boolean value) {
            deletionProtection = value;
            return this;
        }

        public Builder protect(boolean value) {
            protect = value;
            return this;
        }

        public Builder certificateArn(Optional<Output<String>> value) {
            certificateArn = value;
            return this;
        }

        public Builder accessLogs(AccessLogDestination value) {
            accessLogs = value;
            return this;
        }

        public LoadBalancerArgs build() {
            return new LoadBalancerArgs(namePrefix, vpcId, publicSubnetIds, internetGateway, securityGroupId, services, timing, deletionProtection, protect, certificateArn, accessLogs);
        }
    }
}
