package com.ecsplatform.service;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One ECS container definition as typed values; {@link #toJson(List)} gives the task definition's
 * {@code containerDefinitions} document. Field names are ECS's own, so Gson needs no mapping; null
 * fields are left out.
 *
 * <p>The document is written in the form ECS returns it from DescribeTaskDefinition, because the
 * provider compares what it reads back with what the program wrote and does not normalize everything
 * (terraform-provider-aws {@code internal/service/ecs/container_definitions.go} only reorders
 * top-level lists and drops top-level empty ones; pulumi-aws issues 1738, 4336 and 5256): a difference
 * there is a new task definition revision and a rolling deploy on every {@code pulumi up}. So:
 * <ul>
 *   <li>{@code environment} and {@code secrets} are sorted by name, as ECS returns them;</li>
 *   <li>{@code environment}, {@code mountPoints}, {@code volumesFrom} and {@code systemControls} are
 *       always written, empty as {@code []}, as ECS returns them;</li>
 *   <li>{@code secrets} is left out when there are none, as ECS leaves it out;</li>
 *   <li>{@code linuxParameters.capabilities} has both {@code add} and {@code drop}, an empty {@code add}
 *       as {@code []}: a nested empty list is not normalized by the provider;</li>
 *   <li>port mappings name {@code hostPort} 0 and {@code protocol} tcp, the values ECS fills in.</li>
 * </ul>
 * {@code ContainerDefinitionTest} states each of these.
 *
 * @param name                   the container's name (the load balancer block refers to it)
 * @param image                  the image
 * @param essential              whether the task stops when this container does
 * @param cpu                    CPU units reserved
 * @param memory                 hard memory limit, MiB
 * @param portMappings           container port to host port; host port 0 means dynamic
 * @param environment            plain variables, sorted by name
 * @param secrets                variables read by the agent from SSM or Secrets Manager at start
 * @param logConfiguration       where stdout/stderr go
 * @param healthCheck            the container-level health check
 * @param readonlyRootFilesystem whether the root filesystem is read-only
 * @param mountPoints            writable paths (task volumes)
 * @param user                   the user to run as, or null for the image's
 * @param privileged             always false
 * @param stopTimeout            seconds between SIGTERM and SIGKILL
 * @param linuxParameters        init process and dropped capabilities
 * @param volumesFrom            containers whose volumes this one mounts: none, written as ECS returns it
 * @param systemControls         kernel parameters: none, written as ECS returns it
 */
@RecordBuilder
public record ContainerDefinition(
        String name,
        String image,
        boolean essential,
        int cpu,
        int memory,
        List<PortMapping> portMappings,
        List<NameValue> environment,
        List<Secret> secrets,
        LogConfiguration logConfiguration,
        HealthCheck healthCheck,
        boolean readonlyRootFilesystem,
        List<MountPoint> mountPoints,
        String user,
        boolean privileged,
        int stopTimeout,
        LinuxParameters linuxParameters,
        List<Object> volumesFrom,
        List<Object> systemControls) {

    public ContainerDefinition {
        environment = environment == null ? List.of() : environment.stream().sorted(Comparator.comparing(NameValue::name)).toList();
        secrets = secrets == null || secrets.isEmpty()
                ? null
                : secrets.stream().sorted(Comparator.comparing(Secret::name)).toList();
        volumesFrom = volumesFrom == null ? List.of() : List.copyOf(volumesFrom);
        systemControls = systemControls == null ? List.of() : List.copyOf(systemControls);
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** The {@code containerDefinitions} JSON of a task. */
    public static String toJson(List<ContainerDefinition> containers) {
        return GSON.toJson(containers);
    }

    /** Parses a {@code containerDefinitions} document, for tests. */
    public static List<ContainerDefinition> fromJson(String json) {
        return List.of(GSON.fromJson(json, ContainerDefinition[].class));
    }

    /** @param containerPort the port inside the container @param hostPort 0 for a dynamic host port */
    public record PortMapping(int containerPort, int hostPort, String protocol) {
    }

    /** A plain environment variable. */
    public record NameValue(String name, String value) {
    }

    /** A variable whose value the agent fetches from {@code valueFrom} (an ARN). */
    public record Secret(String name, String valueFrom) {
    }

    /** A log driver and its options. */
    public record LogConfiguration(String logDriver, Map<String, String> options) {
    }

    /** A container health check; times in seconds. */
    public record HealthCheck(List<String> command, int interval, int timeout, int retries, int startPeriod) {
    }

    /** A task volume mounted at {@code containerPath}. */
    public record MountPoint(String sourceVolume, String containerPath, boolean readOnly) {
    }

    /** Linux settings of the container. */
    public record LinuxParameters(boolean initProcessEnabled, Capabilities capabilities) {
    }

    /** Kernel capabilities added to and dropped from the container; ECS returns both lists. */
    public record Capabilities(List<String> add, List<String> drop) {

        public Capabilities {
            add = add == null ? List.of() : List.copyOf(add);
            drop = drop == null ? List.of() : List.copyOf(drop);
        }

        /** Drops {@code drop} and adds nothing. */
        public static Capabilities dropping(List<String> drop) {
            return new Capabilities(List.of(), drop);
        }
    }

    /** Named construction of {@link ContainerDefinition}. */
    public static ContainerDefinitionBuilder builder() {
        return ContainerDefinitionBuilder.builder();
    }
}
