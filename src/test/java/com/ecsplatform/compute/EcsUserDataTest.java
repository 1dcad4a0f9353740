package com.ecsplatform.compute;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EcsUserDataTest {

    @Test
    void cloudConfigWritesTheAgentSettingsToTheEcsConfigFile() {
        var settings = EcsUserData.agentSettings("my-cluster", 256, 30);

        String document = EcsUserData.cloudConfig(settings);

        assertThat(document).startsWith("#cloud-config\n");
        Map<String, Object> parsed = new Yaml().load(document);
        @SuppressWarnings("unchecked")
        var file = ((List<Map<String, Object>>) parsed.get("write_files")).get(0);
        assertThat(file).containsEntry("path", "/etc/ecs/ecs.config");
        assertThat(file.get("content").toString().lines())
                .contains("ECS_CLUSTER=my-cluster", "ECS_ENABLE_TASK_IAM_ROLE=true", "ECS_DISABLE_PRIVILEGED=true",
                        "ECS_RESERVED_MEMORY=256", "ECS_CONTAINER_STOP_TIMEOUT=30s");
    }

    @Test
    void base64DecodesToTheCloudConfig() {
        var settings = EcsUserData.agentSettings("c", 256, 10);

        String decoded = new String(Base64.getDecoder().decode(EcsUserData.base64(settings)), StandardCharsets.UTF_8);

        assertThat(decoded).isEqualTo(EcsUserData.cloudConfig(settings));
    }

    @Test
    void aClusterNameThatLooksLikeYamlSyntaxStaysOneLine() {
        String document = EcsUserData.cloudConfig(EcsUserData.agentSettings("name: with # yaml", 256, 10));

        Map<String, Object> parsed = new Yaml().load(document);
        @SuppressWarnings("unchecked")
        var file = ((List<Map<String, Object>>) parsed.get("write_files")).get(0);
        assertThat(file.get("content").toString().lines()).contains("ECS_CLUSTER=name: with # yaml");
    }
}
