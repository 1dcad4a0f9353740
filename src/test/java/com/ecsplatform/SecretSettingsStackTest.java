package com.ecsplatform;

import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.synth.SynthJson;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.synth.Synthesizer;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A setting set with {@code pulumi config set --secret} reaches the resource inputs derived from it
 * as a Pulumi secret. The configuration arrives the way the engine passes it to a real run:
 * decrypted values in {@code PULUMI_CONFIG}, the secret keys in {@code PULUMI_CONFIG_SECRET_KEYS}.
 * The mock engine's monitor records a secret input as {@code [secret]}.
 */
@DisplayName("secret settings")
class SecretSettingsStackTest {

    private static final String EMAIL = "pager-7f3a@example.org";
    private static final String DATABASE_URL = "postgres://app:hunter2@db.internal:5432/app";

    private static SynthResult run(Map<String, String> values, String... secretKeys) {
        return Synthesizer.synthesize(StackConfigLoader.load(RawConfig.fromEnvironment(
                ConfigFixtures.engineEnvironment("prod", values, List.of(secretKeys)))));
    }

    @Test
    void aSecretAlarmEmailIsASecretSubscriptionEndpoint() {
        var values = ConfigFixtures.set(ConfigFixtures.prodRaw(), "ecs-platform:alarmEmail", EMAIL);

        var graph = run(values, "ecs-platform:alarmEmail");

        assertThat(string(Stacks.single(graph, "aws:sns/topicSubscription:TopicSubscription"), "endpoint")).isEqualTo("[secret]");
        assertThat(SynthJson.render(graph)).doesNotContain(EMAIL);
    }

    @Test
    void aPlainAlarmEmailStaysReadable() {
        var values = ConfigFixtures.set(ConfigFixtures.prodRaw(), "ecs-platform:alarmEmail", EMAIL);

        var graph = run(values);

        assertThat(string(Stacks.single(graph, "aws:sns/topicSubscription:TopicSubscription"), "endpoint")).isEqualTo(EMAIL);
    }

    @Test
    void aSecretFieldSetWithPathKeepsEveryInputDerivedFromItSecret() {
        // `pulumi config set --secret --path ecs-platform:service.environment.DATABASE_URL ...`: the engine
        // reports the whole ecs-platform:service key as secret.
        var values = ConfigFixtures.set(ConfigFixtures.prodRaw(), "ecs-platform:service.environment.DATABASE_URL", DATABASE_URL);

        var graph = run(values, "ecs-platform:service");

        assertThat(string(Stacks.single(graph, "aws:ecs/taskDefinition:TaskDefinition"), "containerDefinitions")).isEqualTo("[secret]");
        assertThat(string(graph.require("web-execution-policy"), "policy")).isEqualTo("[secret]");
        assertThat(SynthJson.render(graph)).doesNotContain("hunter2");
    }

    @Test
    void aSecretSshPublicKeyIsASecretKeyPairInput() {
        var graph = run(ConfigFixtures.prodRaw(), "ecs-platform:sshPublicKey");

        assertThat(string(Stacks.single(graph, "aws:ec2/keyPair:KeyPair"), "publicKey")).isEqualTo("[secret]");
    }
}
