package com.ecsplatform.database;

import com.ecsplatform.config.DatabaseTierConfig;
import com.ecsplatform.network.Ipv4Cidr;
import com.ecsplatform.policy.DatabasePolicy;
import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
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

    /** Named construction of {@link DatabaseArgs}. */
    public static DatabaseArgsBuilder builder() {
        return DatabaseArgsBuilder.builder();
    }
}
