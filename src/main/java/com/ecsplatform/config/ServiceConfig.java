package com.ecsplatform.config;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One service, the legacy {@code ecs-platform:service} or an entry of {@code ecs-platform:services}: its
 * task, its scaling and its routing.
 *
 * @param image              container image; required. In prod it must be pinned (a tag other than
 *                           {@code latest}, or a digest).
 * @param containerPort      the port the container listens on, 1-65535. Default 8080.
 * @param cpu                task CPU units (1024 = one vCPU). Default: dev 256, prod 512.
 * @param memory             task memory in MiB (hard limit). Default: dev 512, prod 1024.
 * @param desiredCount       tasks at creation; service auto scaling owns the count afterwards. Default: dev 1, prod 3.
 * @param minCount           auto scaling minimum. Default: dev 1, prod 3.
 * @param maxCount           auto scaling maximum. Default: dev 2, prod 12.
 * @param cpuTargetPercent   target-tracking goal for average service CPU, 10-90. Default 50 (seed 000).
 * @param requestsPerTarget  optional second target-tracking policy on ALB requests per target. Default: none.
 * @param healthCheckPath    ALB target-group health check path, starting with '/'. Default {@code /}.
 * @param healthCheckCommand the container health check, run by the shell inside the container.
 *                           Default: {@code wget -q -O /dev/null http://localhost:<containerPort><healthCheckPath> || exit 1}.
 * @param user               container user (name or uid[:gid]); root is rejected. Default: the image's user.
 * @param writablePaths      absolute paths mounted writable (the root filesystem is read-only). Default {@code [/tmp]}.
 * @param environment        plain environment variables; names that look like secrets are rejected.
 * @param secrets            environment variable name to SSM parameter or Secrets Manager ARN.
 * @param schedules          scheduled changes of minCount/maxCount (Application Auto Scaling scheduled actions). Default: none.
 * @param routing            the listener rule that sends requests to this service; empty for the default (catch-all) service
 * @param database           whether the service reaches the database tier (credentials, DB_* variables); empty:
 *                           the default service does, the others do not ({@link #usesDatabase()})
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true, useImmutableCollections = true)
public record ServiceConfig(
        @RecordBuilder.Initializer("NO_IMAGE") String image,
        int containerPort,
        int cpu,
        int memory,
        int desiredCount,
        int minCount,
        int maxCount,
        int cpuTargetPercent,
        Optional<Integer> requestsPerTarget,
        @RecordBuilder.Initializer("ROOT_PATH") String healthCheckPath,
        Optional<String> healthCheckCommand,
        Optional<String> user,
        List<String> writablePaths,
        Map<String, String> environment,
        Map<String, String> secrets,
        List<ScheduleConfig> schedules,
        Optional<RoutingConfig> routing,
        Optional<Boolean> database) {

    /** What a {@link #builder()} starts from (public for the generated builder). */
    public static final String NO_IMAGE = "";
    public static final String ROOT_PATH = "/";

    public ServiceConfig {
        writablePaths = List.copyOf(writablePaths);
        environment = Collections.unmodifiableSortedMap(new TreeMap<>(environment));
        secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
        schedules = List.copyOf(schedules);
    }

    /** The lowest auto scaling minimum the service has at any time: minCount, or a schedule's lower one. */
    public int lowestMinimum() {
        return schedules.stream().mapToInt(ScheduleConfig::minCount).reduce(minCount, Math::min);
    }

    /** Whether this is the default (catch-all) service: the one without routing. */
    public boolean isDefault() {
        return routing.isEmpty();
    }

    /**
     * Whether the service gets the database tier's connection and credentials (when the tier is on):
     * {@code database} as set, else only the default service, so a new service opts in.
     */
    public boolean usesDatabase() {
        return database.orElse(isDefault());
    }

    /** Named construction of a {@link ServiceConfig}. */
    public static ServiceConfigBuilder builder() {
        return ServiceConfigBuilder.builder();
    }

    /** A builder starting from this configuration. */
    public ServiceConfigBuilder toBuilder() {
        return ServiceConfigBuilder.builder(this);
    }
}
