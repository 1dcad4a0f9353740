package com.ecsplatform.compute;

import com.ecsplatform.config.ClusterConfig;
import com.pulumi.core.Output;

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
public record EcsCapacityArgs(
        String namePrefix,
        ClusterConfig cluster,
        Output<String> amiId,
        List<Output<String>> privateSubnetIds,
        Output<String> instanceSecurityGroupId,
        Output<String> keyName,
        int containerStopTimeoutSeconds,
        int agentReservedMemoryMiB) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link EcsCapacityArgs}. */
    public static final class Builder {
        private String namePrefix;
        private ClusterConfig cluster;
        private Output<String> amiId;
        private List<Output<String>> privateSubnetIds;
        private Output<String> instanceSecurityGroupId;
        private Output<String> keyName;
        private int containerStopTimeoutSeconds;
        private int agentReservedMemoryMiB;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder cluster(ClusterConfig value) {
            cluster = value;
            return this;
        }

        public Builder amiId(Output<String> value) {
            amiId = value;
            return this;
        }

        public Builder privateSubnetIds(List<Output<String>> value) {
            privateSubnetIds = value;
            return this;
        }

        public Builder instanceSecurityGroupId(Output<String> value) {
            instanceSecurityGroupId = value;
            return this;
        }

        public Builder keyName(Output<String> value) {
            keyName = value;
            return this;
        }

        public Builder containerStopTimeoutSeconds(int value) {
            containerStopTimeoutSeconds = value;
            return this;
        }

        public Builder agentReservedMemoryMiB(int value) {
            agentReservedMemoryMiB = value;
            return this;
        }

        public EcsCapacityArgs build() {
            return new EcsCapacityArgs(namePrefix, cluster, amiId, privateSubnetIds, instanceSecurityGroupId, keyName, containerStopTimeoutSeconds, agentReservedMemoryMiB);
        }
    }
}
