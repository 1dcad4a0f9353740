package com.ecsplatform.config;

import com.ecsplatform.config.Checks.Count;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code ecs-platform:cluster}: the container instances' type, Auto Scaling sizes and managed scaling. */
final class ClusterSection {

    private static final Pattern AMI_ID = Pattern.compile("ami-[0-9a-f]{8,17}");

    private ClusterSection() {
    }

    static ClusterConfig read(ObjectReader cluster, ClusterConfig defaults) {
        var config = ClusterConfig.builder()
                .instanceType(cluster.string("instanceType", Checks.x86InstanceType("the cluster")).orElse(defaults.instanceType()))
                .minSize(cluster.integer("minSize", Checks.atLeast(0)).orElse(defaults.minSize()))
                .maxSize(cluster.integer("maxSize", Checks.atLeast(1)).orElse(defaults.maxSize()))
                .desiredCapacity(cluster.integer("desiredCapacity", Checks.atLeast(0)).orElse(defaults.desiredCapacity()))
                .rootVolumeGiB(cluster.integer("rootVolumeGiB", Checks.between(30, 1024)
                                .because("the ECS-optimized AMI's snapshot is 30 GiB"))
                        .orElse(defaults.rootVolumeGiB()))
                .amiId(cluster.string("amiId", ClusterSection::amiIdProblem).or(defaults::amiId))
                .targetCapacityPercent(cluster.integer("targetCapacityPercent", Checks.between(1, 100))
                        .orElse(defaults.targetCapacityPercent()))
                .instanceWarmupSeconds(cluster.integer("instanceWarmupSeconds", Checks.between(0, 3600))
                        .orElse(defaults.instanceWarmupSeconds()))
                .build();
        Checks.minDesiredMax(cluster,
                new Count("minSize", config.minSize()),
                new Count("desiredCapacity", config.desiredCapacity()),
                new Count("maxSize", config.maxSize()));
        cluster.rejectUnknownFields();
        return config;
    }

    private static Optional<String> amiIdProblem(String value, String shown) {
        return AMI_ID.matcher(value).matches()
                ? Optional.empty()
                : Optional.of(shown + " is not an AMI ID (ami- and 8 to 17 lowercase hex digits);"
                        + " leave amiId out to use the current ECS-optimized Amazon Linux 2023 image");
    }
}
