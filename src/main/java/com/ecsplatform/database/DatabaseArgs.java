package com.ecsplatform.database;

import com.ecsplatform.config.DatabaseTierConfig;
import com.ecsplatform.network.Ipv4Cidr;
import com.ecsplatform.policy.DatabasePolicy;
import com.pulumi.core.Output;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Database} needs. Build it with {@link #builder()}.
 *
 * @param namePrefix      prefix of the stack's AWS names and {@code Name} tags ({@code ecs-platform-prod})
 * @param identifier         the RDS instance identifier; also names its log groups and final snapshot
 * @param config             {@code ecs-platform:database}
 * @param vpcId              the VPC
 * @param vpcCidr            the VPC block, whose reserved quarters become the isolated subnets
 * @param azCount            how many AZs get an isolated subnet
 * @param availabilityZones  the region's AZ names, looked up at deploy time
 * @param securityGroupId    the database tier's security group
 * @param policy             what the profile does to keep (or throw away) the data
 * @param logRetentionDays   retention of the exported database logs
 * @param retainLogsOnDelete whether the log groups outlive the stack
 * @param protect            Pulumi {@code protect} on the instance (OperationalPolicy's protection table)
 */
public record DatabaseArgs(
        String namePrefix,
        String identifier,
        DatabaseTierConfig config,
        Output<String> vpcId,
        Ipv4Cidr vpcCidr,
        int azCount,
        Output<List<String>> availabilityZones,
        Output<String> securityGroupId,
        DatabasePolicy policy,
        int logRetentionDays,
        boolean retainLogsOnDelete,
        boolean protect) {

    public DatabaseArgs {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(vpcCidr, "vpcCidr");
        Objects.requireNonNull(availabilityZones, "availabilityZones");
        Objects.requireNonNull(securityGroupId, "securityGroupId");
        Objects.requireNonNull(policy, "policy");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link DatabaseArgs}. */
    public static final class Builder {
        private String namePrefix;
        private String identifier;
        private DatabaseTierConfig config;
        private Output<String> vpcId;
        private Ipv4Cidr vpcCidr;
        private int azCount;
        private Output<List<String>> availabilityZones;
        private Output<String> securityGroupId;
        private DatabasePolicy policy;
        private int logRetentionDays;
        private boolean retainLogsOnDelete;
        private boolean protect;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder identifier(String value) {
            identifier = value;
            return this;
        }

        public Builder config(DatabaseTierConfig value) {
            config = value;
            return this;
        }

        public Builder vpcId(Output<String> value) {
            vpcId = value;
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

        public Builder securityGroupId(Output<String> value) {
            securityGroupId = value;
            return this;
        }

        public Builder policy(DatabasePolicy value) {
            policy = value;
            return this;
        }

        public Builder logRetentionDays(int value) {
            logRetentionDays = value;
            return this;
        }

        public Builder retainLogsOnDelete(boolean value) {
            retainLogsOnDelete = value;
            return this;
        }

        public Builder protect(boolean value) {
            protect = value;
            return this;
        }

        public DatabaseArgs build() {
            return new DatabaseArgs(namePrefix, identifier, config, vpcId, vpcCidr, azCount, availabilityZones, securityGroupId, policy, logRetentionDays, retainLogsOnDelete, protect);
        }
    }
}
