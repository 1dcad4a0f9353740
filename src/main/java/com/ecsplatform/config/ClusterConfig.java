package com.ecsplatform.config;

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
public record ClusterConfig(
        String instanceType,
        int minSize,
        int maxSize,
        int desiredCapacity,
        int rootVolumeGiB,
        Optional<String> amiId,
        int targetCapacityPercent,
        int instanceWarmupSeconds) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder()
                .instanceType(instanceType)
                .minSize(minSize)
                .maxSize(maxSize)
                .desiredCapacity(desiredCapacity)
                .rootVolumeGiB(rootVolumeGiB)
                .amiId(amiId)
                .targetCapacityPercent(targetCapacityPercent)
                .instanceWarmupSeconds(instanceWarmupSeconds);
    }

    /** Named construction of a {@link ClusterConfig}. */
    public static final class Builder {
        private String instanceType = "";
        private int minSize;
        private int maxSize;
        private int desiredCapacity;
        private int rootVolumeGiB;
        private Optional<String> amiId = Optional.empty();
        private int targetCapacityPercent;
        private int instanceWarmupSeconds;

        private Builder() {
        }

        public Builder instanceType(String value) { instanceType = value; return this; }
        public Builder minSize(int value) { minSize = value; return this; }
        public Builder maxSize(int value) { maxSize = value; return this; }
        public Builder desiredCapacity(int value) { desiredCapacity = value; return this; }
        public Builder rootVolumeGiB(int value) { rootVolumeGiB = value; return this; }
        public Builder amiId(Optional<String> value) { amiId = value; return this; }
        public Builder targetCapacityPercent(int value) { targetCapacityPercent = value; return this; }
        public Builder instanceWarmupSeconds(int value) { instanceWarmupSeconds = value; return this; }

        public ClusterConfig build() {
            return new ClusterConfig(instanceType, minSize, maxSize, desiredCapacity, rootVolumeGiB, amiId, targetCapacityPercent, instanceWarmupSeconds);
        }
    }
}
