package com.ecsplatform.service;

import com.ecsplatform.service.ContainerDefinition.Capabilities;
import com.ecsplatform.service.ContainerDefinition.HealthCheck;
import com.ecsplatform.service.ContainerDefinition.LinuxParameters;
import com.ecsplatform.service.ContainerDefinition.LogConfiguration;
import com.ecsplatform.service.ContainerDefinition.NameValue;
import com.ecsplatform.service.ContainerDefinition.PortMapping;
import com.ecsplatform.service.ContainerDefinition.Secret;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The container definition is written as ECS returns it, so a second `pulumi up` sees no difference. */
class ContainerDefinitionTest {

    private static ContainerDefinition container(List<NameValue> environment, List<Secret> secrets) {
        return ContainerDefinition.builder()
                .name("web")
                .image("nginx:1.27")
                .essential(true)
                .cpu(256)
                .memory(512)
                .portMappings(List.of(new PortMapping(8080, 0, "tcp")))
                .environment(environment)
                .secrets(secrets)
                .logConfiguration(new LogConfiguration("awslogs", Map.of("awslogs-group", "web")))
                .healthCheck(new HealthCheck(List.of("CMD-SHELL", "true"), 10, 5, 3, 15))
                .readonlyRootFilesystem(true)
                .mountPoints(List.of())
                .stopTimeout(10)
                .linuxParameters(new LinuxParameters(true, Capabilities.dropping(List.of("ALL"))))
                .build();
    }

    private static JsonObject written(ContainerDefinition container) {
        return JsonParser.parseString(ContainerDefinition.toJson(List.of(container))).getAsJsonArray().get(0).getAsJsonObject();
    }

    @Test
    void capabilitiesCarryAnEmptyAddListBesideDrop() {
        var capabilities = written(container(List.of(), List.of())).getAsJsonObject("linuxParameters").getAsJsonObject("capabilities");

        assertThat(capabilities.getAsJsonArray("add")).isEmpty();
        assertThat(capabilities.getAsJsonArray("drop").get(0).getAsString()).isEqualTo("ALL");
    }

    @Test
    void environmentIsSortedByName() {
        var json = written(container(List.of(new NameValue("ZONE", "a"), new NameValue("APP_ENV", "dev")), List.of()));

        assertThat(json.getAsJsonArray("environment").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("APP_ENV");
    }

    @Test
    void secretsAreSortedByName() {
        var json = written(container(List.of(), List.of(new Secret("TOKEN", "arn:b"), new Secret("DB_PASSWORD", "arn:a"))));

        assertThat(json.getAsJsonArray("secrets").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("DB_PASSWORD");
    }

    @Test
    void noSecretsLeavesTheKeyOut() {
        assertThat(written(container(List.of(), List.of())).has("secrets")).isFalse();
    }

    @Test
    void listsEcsAlwaysReturnsAreWrittenEvenWhenEmpty() {
        var json = written(container(List.of(), List.of()));

        for (String list : List.of("environment", "mountPoints", "volumesFrom", "systemControls")) {
            assertThat(json.getAsJsonArray(list)).as(list).isEmpty();
        }
    }

    @Test
    void portMappingsSpellOutTheDefaultsEcsFillsIn() {
        var mapping = written(container(List.of(), List.of())).getAsJsonArray("portMappings").get(0).getAsJsonObject();

        assertThat(mapping.get("hostPort").getAsInt()).isZero();
        assertThat(mapping.get("protocol").getAsString()).isEqualTo("tcp");
    }

    @Test
    void theWrittenDocumentReadsBackUnchanged() {
        var container = container(List.of(new NameValue("APP_ENV", "dev")), List.of(new Secret("DB_PASSWORD", "arn:a")));
        String json = ContainerDefinition.toJson(List.of(container));

        assertThat(ContainerDefinition.toJson(ContainerDefinition.fromJson(json))).isEqualTo(json);
    }
}
