package com.ecsplatform;

import com.ecsplatform.config.StackConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.testing.ConfigFixtures;
import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What `pulumi up` gets from the program before any resource exists. */
class AppTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Optional<StackConfig> load(Map<String, String> values) {
        var environment = Map.of(
                "PULUMI_STACK", "dev",
                "PULUMI_CONFIG", new Gson().toJson(values),
                "PULUMI_CONFIG_SECRET_KEYS", "[\"ecs-platform:sshPublicKey\"]");
        return App.loadOrReport(environment, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theEnginesConfigLoadsIntoTheSameRecordAsTheStackFile() {
        var sameSettings = StackConfigLoader.load(
                ConfigFixtures.raw("dev", ConfigFixtures.devRaw(), Set.of("ecs-platform:sshPublicKey")));

        assertThat(load(ConfigFixtures.devRaw())).contains(sameSettings);
        assertThat(sameSettings.secrets().sshPublicKey()).isTrue();
        assertThat(err.size()).isZero();
    }

    @Test
    void badConfigFromTheEngineIsReportedAllAtOnceWithoutAStackTraceOrTheSecretValue() {
        var values = ConfigFixtures.devRaw();
        ConfigFixtures.set(values, "ecs-platform:cluster.minSize", 3);
        values.put("ecs-platform:sshPublicKey", "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA");
        values.put("ecs-platform:natGateway", "single");

        assertThat(load(values)).isEmpty();

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).startsWith("Pulumi.dev.yaml has the following errors:")
                .contains("ecs-platform:cluster.minSize", "ecs-platform:sshPublicKey", "did you mean ecs-platform:natGateways")
                .doesNotContain("b3BlbnNzaC1rZXktdjEAAAAA", "Exception", "\tat ");
    }
}
