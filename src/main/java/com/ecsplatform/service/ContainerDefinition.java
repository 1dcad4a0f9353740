package com.ecsplatform.service;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.List;
import java.util.Map;

/**
 * One ECS container definition as typed values; {@link #toJson(List)} gives the task definition's
 * {@code containerDefinitions} document. Field names are ECS's own, so Gson needs no mapping; null
 * fields are left out.
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
 */
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
        LinuxParameters linuxParameters) {

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

    /** Kernel capabilities dropped from (and added to) the container. */
    public record Capabilities(List<String> drop) {
    }
}
