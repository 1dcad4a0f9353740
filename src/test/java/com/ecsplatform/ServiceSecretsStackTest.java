package com.ecsplatform;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.synth.SynthJson;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.synth.Synthesizer;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import com.ecsplatform.testing.StackFileFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A secret inside {@code ecs-platform:services}, as the engine passes it: every service's task stays secret. */
class ServiceSecretsStackTest {

    private static final String DATABASE_URL = "postgres://app:hunter2@db.internal:5432/app";

    private static SynthResult run(Map<String, String> values, String... secretKeys) {
        return Synthesizer.synthesize(StackConfigLoader.load(RawConfig.fromEnvironment(ConfigFixtures.engineEnvironment("prod", values, List.of(secretKeys)))));
    }

    @Test
    void aSecretFieldOfAServiceKeepsEveryServicesTaskSecret() {
        var values = ConfigFixtures.set(ServiceFixtures.withApi(ConfigFixtures.prodRaw()),
                "ecs-platform:services.api.environment.DATABASE_URL", DATABASE_URL);

        var graph = run(values, "ecs-platform:services");

        assertThat(string(graph.require("api-task"), "containerDefinitions")).isEqualTo("[secret]");
        assertThat(string(graph.require("web-task"), "containerDefinitions")).isEqualTo("[secret]");
        assertThat(string(graph.require("api-execution-policy"), "policy")).isEqualTo("[secret]");
        assertThat(SynthJson.render(graph)).doesNotContain("hunter2");
    }

    @Test
    void plainServicesStayReadable() {
        var graph = run(ServiceFixtures.withApi(ConfigFixtures.prodRaw()));

        assertThat(string(graph.require("api-task"), "containerDefinitions")).contains(ServiceFixtures.API_IMAGE);
    }

    @Test
    void anEncryptedRoutingValueInTheStackFileIsRefusedAsOneThatWouldLeak(@TempDir Path projectDir) throws IOException {
        var document = StackFileFixtures.document(ServiceFixtures.withApi(ConfigFixtures.devRaw()));
        StackFileFixtures.put(document, "ecs-platform:services.api.routing.priority", StackFileFixtures.secure("v1:c2VjcmV0:AAAA"));
        StackFileFixtures.write(projectDir, "dev", document);

        var refused = catchThrowableOfType(() -> StackConfigLoader.load(RawConfig.fromStackFile(projectDir, "dev")),
                ConfigException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo("ecs-platform:services.api.routing.priority");
            assertThat(problem.message()).contains("cannot be a secret");
        });
    }

    @Test
    void anEncryptedEnvironmentValueInTheStackFileGetsAStandIn(@TempDir Path projectDir) throws IOException {
        var document = StackFileFixtures.document(ServiceFixtures.withApi(ConfigFixtures.devRaw()));
        StackFileFixtures.put(document, "ecs-platform:services.api.environment.DATABASE_URL", StackFileFixtures.secure("v1:c2VjcmV0:AAAA"));
        StackFileFixtures.write(projectDir, "dev", document);

        var config = StackConfigLoader.load(RawConfig.fromStackFile(projectDir, "dev"));

        assertThat(config.services().get("api").environment()).containsKey("DATABASE_URL");
    }
}
