package com.ecsplatform.config;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.Optional;

/**
 * {@code ecs-platform:cluster}: the container instances behind the ECS capacity provider.
 *
 * @param instanceType          EC2 instance type. Default: dev {@code t3.small}, prod {@code m6i.large}.
 * @param minSize               Auto Scaling group minimum. Default: dev 1, prod 3.
 * @param maxSize               Auto Scaling group maximum. Default: dev 2, prod 6.
 * @param desiredCapacity       instances at creation; managed scaling owns it afterwards. Default: dev 1, prod 3.
 * @param rootVolumeGiB         encrypted gp3 root volume size, 30 (the ECS AMI's minimum) to 1024. Default 30.
 * @param amiId                 pins the AMI; default: the ECS-optimized Amazon Linux 2023 image from its
 *                              public SSM parameter, resolved at deploy time.
 * @param targetCapacityPercent managed-scaling target, 1-100; below 100 keeps spare instances. Default: dev 100, prod 80.
 * @param instanceWarmupSeconds seconds before a new instance counts in managed scaling's metrics. Default 180.
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true)
public record ClusterConfig(
        String instanceType,
        int minSize,
        int maxSize,
        int desiredCapacity,
        int rootVolumeGiB,
        Optional<String> amiId,
        int targetCapacityPercent,
        int instanceWarmupSeconds) {

    public ClusterConfig {
        instanceType = instanceType == null ? "" : instanceType;
    }

    /** Named construction of a {@link ClusterConfig}. */
    public static ClusterConfigBuilder builder() {
        return ClusterConfigBuilder.builder();
    }

    /** A builder starting from this configuration. */
    public ClusterConfigBuilder toBuilder() {
        return ClusterConfigBuilder.builder(this);
    }
}
