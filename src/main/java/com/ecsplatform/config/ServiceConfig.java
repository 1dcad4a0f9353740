package com.ecsplatform.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One service of {@code ecs-platform:services} (or the legacy {@code ecs-platform:service}): its task,
 * its scaling and how the load balancer routes to it.
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
public record ServiceConfig(
        String image,
        int containerPort,
        int cpu,
        int memory,
        int desiredCount,
        int minCount,
        int maxCount,
        int cpuTargetPercent,
        Optional<Integer> requestsPerTarget,
        String healthCheckPath,
        Optional<String> healthCheckCommand,
        Optional<String> user,
        List<String> writablePaths,
        Map<String, String> environment,
        Map<String, String> secrets,
        List<ScheduleConfig> schedules,
        Optional<RoutingConfig> routing,
        Optional<Boolean> database) {

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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder()
                .image(image)
                .containerPort(containerPort)
                .cpu(cpu)
                .memory(memory)
                .desiredCount(desiredCount)
                .minCount(minCount)
                .maxCount(maxCount)
                .cpuTargetPercent(cpuTargetPercent)
                .requestsPerTarget(requestsPerTarget)
                .healthCheckPath(healthCheckPath)
                .healthCheckCommand(healthCheckCommand)
                .user(user)
                .writablePaths(writablePaths)
                .environment(environment)
                .secrets(secrets)
                .schedules(schedules)
                .routing(routing)
                .database(database);
    }

    /** Named construction of a {@link ServiceConfig}. */
    public static final class Builder {
        private String image = "";
        private int containerPort;
        private int cpu;
        private int memory;
        private int desiredCount;
        private int minCount;
        private int maxCount;
        private int cpuTargetPercent;
        private Optional<Integer> requestsPerTarget = Optional.empty();
        private String healthCheckPath = "/";
        private Optional<String> healthCheckCommand = Optional.empty();
        private Optional<String> user = Optional.empty();
        private List<String> writablePaths = List.of();
        private Map<String, String> environment = Map.of();
        private Map<String, String> secrets = Map.of();
        private List<ScheduleConfig> schedules = List.of();
        private Optional<RoutingConfig> routing = Optional.empty();
        private Optional<Boolean> database = Optional.empty();

        private Builder() {
        }

        public Builder image(String value) { image = value; return this; }
        public Builder containerPort(int value) { containerPort = value; return this; }
        public Builder cpu(int value) { cpu = value; return this; }
        public Builder memory(int value) { memory = value; return this; }
        public Builder desiredCount(int value) { desiredCount = value; return this; }
        public Builder minCount(int value) { minCount = value; return this; }
        public Builder maxCount(int value) { maxCount = value; return this; }
        public Builder cpuTargetPercent(int value) { cpuTargetPercent = value; return this; }
        public Builder requestsPerTarget(Optional<Integer> value) { requestsPerTarget = value; return this; }
        public Builder healthCheckPath(String value) { healthCheckPath = value; return this; }
        public Builder healthCheckCommand(Optional<String> value) { healthCheckCommand = value; return this; }
        public Builder user(Optional<String> value) { user = value; return this; }
        public Builder writablePaths(List<String> value) { writablePaths = value; return this; }
        public Builder environment(Map<String, String> value) { environment = value; return this; }
        public Builder secrets(Map<String, String> value) { secrets = value; return this; }
        public Builder schedules(List<ScheduleConfig> value) { schedules = value; return this; }
        public Builder routing(Optional<RoutingConfig> value) { routing = value; return this; }
        public Builder database(Optional<Boolean> value) { database = value; return this; }

        public ServiceConfig build() {
            return new ServiceConfig(image, containerPort, cpu, memory, desiredCount, minCount, maxCount, cpuTargetPercent, requestsPerTarget, healthCheckPath, healthCheckCommand, user, writablePaths, environment, secrets, schedules, routing, database);
        }
    }
}
