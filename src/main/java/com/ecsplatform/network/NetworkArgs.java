package com.ecsplatform.network;

import com.pulumi.core.Output;

import java.util.List;

/**
 * What {@link Network} needs.
 *
 * @param namePrefix        prefix of the stack's AWS names and {@code Name} tags ({@code ecs-platform-dev})
 * @param vpcCidr              the VPC block
 * @param azCount              how many AZs get subnets
 * @param availabilityZones    the region's AZ names, looked up at deploy time; the first {@code azCount} are used
 * @param natStrategy          how private subnets reach the internet
 * @param flowLogRetentionDays retention of the VPC flow log group
 * @param protect              whether Pulumi refuses to delete the VPC (prod)
 * @param retainLogsOnDelete   whether the flow log group outlives the stack (prod's audit trail)
 * @param accountId            this account's id, for the flow-log role's confused-deputy guard
 */
public record NetworkArgs(
        String namePrefix,
        Ipv4Cidr vpcCidr,
        int azCount,
        Output<List<String>> availabilityZones,
        NatStrategy natStrategy,
        int flowLogRetentionDays,
        boolean protect,
        boolean retainLogsOnDelete,
        Output<String> accountId) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link NetworkArgs}. */
    public static final class Builder {
        private String namePrefix;
        private Ipv4Cidr vpcCidr;
        private int azCount;
        private Output<List<String>> availabilityZones;
        private NatStrategy natStrategy;
        private int flowLogRetentionDays;
        private boolean protect;
        private boolean retainLogsOnDelete;
        private Output<String> accountId;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder vpcCidr(Ipv4Cidr value) {
            vpcCidr = value;
            return this;
        }

        public Builder azCount(int value) {
            azCount = value;
            return this;
        }

        public Builder availabilityZones(Output<List<String>> value) {
            availabilityZones = value;
            return this;
        }

        public Builder natStrategy(NatStrategy value) {
            natStrategy = value;
            return this;
        }

        public Builder flowLogRetentionDays(int value) {
            flowLogRetentionDays = value;
            return this;
        }

        public Builder protect(boolean value) {
            protect = value;
            return this;
        }

        public Builder retainLogsOnDelete(boolean value) {
            retainLogsOnDelete = value;
            return this;
        }

        public Builder accountId(Output<String> value) {
            accountId = value;
            return this;
        }

        public NetworkArgs build() {
            return new NetworkArgs(namePrefix, vpcCidr, azCount, availabilityZones, natStrategy, flowLogRetentionDays, protect, retainLogsOnDelete, accountId);
        }
    }
}
