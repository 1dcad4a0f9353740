package com.ecsplatform.config;

import com.ecsplatform.aws.DatabaseEngine;
import com.ecsplatform.network.NatStrategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a stack gets for every key or field its stack file leaves out, per {@link Profile}: the one
 * place the defaults are written down (the README's table mirrors it). {@code ecs-platform:domain}
 * defaults to no domain and {@code ecs-platform:tags} to no extra tags.
 *
 * @param network  VPC layout defaults
 * @param bastion  bastion defaults; {@code allowedCidrs} is empty, so an enabled bastion must list them
 * @param database database tier defaults
 * @param cluster  container instance defaults
 * @param service  service defaults; {@code image} is empty because the image has no default
 */
public record Defaults(
        NetworkConfig network,
        BastionConfig bastion,
        DatabaseTierConfig database,
        ClusterConfig cluster,
        ServiceConfig service) {

    private static final String VPC_CIDR = "10.0.0.0/16";
    private static final BastionConfig BASTION = new BastionConfig(true, "t3.micro", List.of());
    /**
     * The database tier, off unless a stack enables it. Windows are UTC: 02:00-03:00 KST backups and a
     * Sunday-night maintenance window right after, in the region the committed stacks use.
     */
    private static final DatabaseTierConfig DATABASE = DatabaseTierConfig.builder()
            .enabled(false)
            .engine(DatabaseEngine.POSTGRES)
            .engineVersion(DatabaseEngine.POSTGRES.defaultVersion())
            .port(DatabaseEngine.POSTGRES.defaultPort())
            .name("app")
            .username("app_admin")
            .backupWindow("17:00-18:00")
            .maintenanceWindow("sun:18:30-sun:19:30")
            .iamAuthentication(false)
            .kmsKeyArn(Optional.empty())
            .build();
    private static final int ROOT_VOLUME_GIB = 30;
    private static final int INSTANCE_WARMUP_SECONDS = 180;

    private static final Defaults DEV = new Defaults(
            new NetworkConfig(VPC_CIDR, 2, NatStrategy.SINGLE, 14),
            BASTION,
            DATABASE.toBuilder().instanceClass("db.t4g.micro").allocatedStorageGiB(20).maxAllocatedStorageGiB(100)
                    .multiAz(false).backupRetentionDays(1).deletionProtection(false).build(),
            cluster("t3.small", 1, 2, 1, 100),
            service(256, 512, 1, 1, 2));

    private static final Defaults PROD = new Defaults(
            new NetworkConfig(VPC_CIDR, 3, NatStrategy.PER_AZ, 365),
            BASTION,
            DATABASE.toBuilder().instanceClass("db.m6g.large").allocatedStorageGiB(100).maxAllocatedStorageGiB(1000)
                    .multiAz(true).backupRetentionDays(14).deletionProtection(true).build(),
            cluster("m6i.large", 3, 6, 3, 80),
            service(512, 1024, 3, 3, 12));

    /** The defaults of {@code profile}. */
    public static Defaults of(Profile profile) {
        return switch (profile) {
            case DEV -> DEV;
            case PROD -> PROD;
        };
    }

    private static ClusterConfig cluster(String instanceType, int minSize, int maxSize, int desiredCapacity,
                                         int targetCapacityPercent) {
        return ClusterConfig.builder().instanceType(instanceType).minSize(minSize).maxSize(maxSize)
                .desiredCapacity(desiredCapacity).rootVolumeGiB(ROOT_VOLUME_GIB).amiId(Optional.empty())
                .targetCapacityPercent(targetCapacityPercent).instanceWarmupSeconds(INSTANCE_WARMUP_SECONDS).build();
    }

    private static ServiceConfig service(int cpu, int memory, int desiredCount, int minCount, int maxCount) {
        return ServiceConfig.builder().image("").containerPort(8080).cpu(cpu).memory(memory)
                .desiredCount(desiredCount).minCount(minCount).maxCount(maxCount).cpuTargetPercent(50)
                .healthCheckPath("/").writablePaths(List.of("/tmp")).build();
    }
}
