package com.ecsplatform.network;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
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

    /** Named construction of {@link NetworkArgs}. */
    public static NetworkArgsBuilder builder() {
        return NetworkArgsBuilder.builder();
    }
}
