package com.ecsplatform.compute;

import com.ecsplatform.config.ClusterConfig;
import com.pulumi.core.Output;

import java.util.List;
import java.util.Map;

/**
 * What {@link EcsCapacity} needs.
 *
 * @param nameTagPrefix               prefix of AWS {@code Name} tags
 * @param cluster                     instance type, sizes, volume and managed-scaling settings
 * @param amiId                       the ECS-optimized AMI (pinned, or looked up at deploy time)
 * @param privateSubnetIds            where instances run
 * @param instanceSecurityGroupId     the instances' security group
 * @param keyName                     the imported key pair
 * @param containerStopTimeoutSeconds the agent's SIGTERM-to-SIGKILL wait
 * @param tags                        tags for every child
 */
public record EcsCapacityArgs(
        String nameTagPrefix,
        ClusterConfig cluster,
        Output<String> amiId,
        List<Output<String>> privateSubnetIds,
        Output<String> instanceSecurityGroupId,
        Output<String> keyName,
        int containerStopTimeoutSeconds,
        Map<String, String> tags) {
}
