package com.ecsplatform.compute;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The container instances' user data: a cloud-config document (serialized by SnakeYAML, not
 * concatenated) that writes the ECS agent's settings to {@code /etc/ecs/ecs.config} before the agent
 * starts. The settings are a typed map, so tests assert on them directly.
 */
public final class EcsUserData {

    private EcsUserData() {
    }

    /**
     * The ECS agent settings for an instance of {@code clusterName}.
     *
     * @param reservedMemoryMiB           memory the agent keeps from tasks: the figure the validator's
     *                                    task-fits-instance check subtracts from an instance's memory
     * @param containerStopTimeoutSeconds how long the agent waits after SIGTERM before SIGKILL
     */
    public static SortedMap<String, String> agentSettings(String clusterName, int reservedMemoryMiB, int containerStopTimeoutSeconds) {
        var settings = new TreeMap<String, String>();
        settings.put("ECS_CLUSTER", clusterName);
        // Tasks get credentials from their task role via the agent, never from the instance role.
        settings.put("ECS_ENABLE_TASK_IAM_ROLE", "true");
        settings.put("ECS_DISABLE_PRIVILEGED", "true");
        settings.put("ECS_RESERVED_MEMORY", Integer.toString(reservedMemoryMiB));
        settings.put("ECS_CONTAINER_STOP_TIMEOUT", containerStopTimeoutSeconds + "s");
        settings.put("ECS_ENABLE_CONTAINER_METADATA", "true");
        settings.put("ECS_CONTAINER_INSTANCE_PROPAGATE_TAGS_FROM", "ec2_instance");
        return settings;
    }

    /** The cloud-config document writing {@code settings} to the agent's config file. */
    public static String cloudConfig(SortedMap<String, String> settings) {
        String ecsConfig = settings.entrySet().stream()
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        var file = new LinkedHashMap<String, Object>();
        file.put("path", "/etc/ecs/ecs.config");
        file.put("owner", "root:root");
        file.put("permissions", "0644");
        file.put("content", ecsConfig);
        Map<String, Object> document = Map.of("write_files", List.of(file));
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.PLAIN);
        return "#cloud-config\n" + new Yaml(options).dump(document);
    }

    /** The user data as EC2 launch templates take it: base64 of the cloud-config. */
    public static String base64(SortedMap<String, String> settings) {
        return Base64.getEncoder().encodeToString(cloudConfig(settings).getBytes(StandardCharsets.UTF_8));
    }
}
