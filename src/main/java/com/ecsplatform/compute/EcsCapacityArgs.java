package com.ecsplatform.compute;

import com.ecsplatform.config.ClusterConfig;
import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.List;

/**
 * What {@link EcsCapacity} needs.
 *
 * @param namePrefix               prefix of the stack's AWS names and {@code Name} tags
 * @param cluster                     instance type, sizes, volume and managed-scaling settings
 * @param amiId                       the ECS-optimized AMI (pinned, or looked up at deploy time)
 * @param privateSubnetIds            where instances run
 * @param instanceSecurityGroupId     the instances' security group
 * @param keyName                     the imported key pair
 * @param containerStopTimeoutSeconds the agent's SIGTERM-to-SIGKILL wait
 * @param agentReservedMemoryMiB memory the ECS agent keeps from tasks, the same figure the validator
 *                               subtracts when it checks that a task fits an instance
 */
@RecordBuilder
public record EcsCapacityArgs(
        String namePrefix,
        ClusterConfig cluster,
        Output<String> amiId,
        List<Output<String>> privateSubnetIds,
        Output<String> instanceSecurityGroupId,
        Output<String> keyName,
        int containerStopTimeoutSeconds,
        int agentReservedMemoryMiB) {

    /** Named construction of {@link EcsCapacityArgs}. */
    public static EcsCapacityArgsBuilder builder() {
        return EcsCapacityArgsBuilder.builder();
    }
}
