package com.ecsplatform.synth;

import com.ecsplatform.testing.ConfigFixtures;
import com.google.gson.Gson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SynthMainTest {

    private static final Gson GSON = new Gson();

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SynthMain.run(args, project, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void copyStackFile(String stack, String... replacements) throws IOException {
        String text = Files.readString(Path.of("Pulumi." + stack + ".yaml"));
        for (int i = 0; i < replacements.length; i += 2) {
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Files.writeString(project.resolve("Pulumi." + stack + ".yaml"), text);
    }

    @Test
    void aValidStackPrintsThePreviewAndWritesItsJson() throws IOException {
        copyStackFile("dev");

        assertThat(run("dev")).isZero();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("aws:ec2/vpc:Vpc", "net-vpc", "Resources:", "Program evaluated in");
        String json = Files.readString(project.resolve("target/synth/dev.json"));
        assertThat(json).contains("\"stack\": \"dev\"", "\"type\": \"aws:ecs/service:Service\"");
    }

    @Test
    void anInvalidStackListsEveryProblemNamesTheFileAndWritesNoJson() throws IOException {
        copyStackFile("dev", "10.10.0.0/16", "10.10.0.0/8", "natGateways: single", "natGateways: singel",
                "- 203.0.113.0/24", "- 0.0.0.0/0");
        Files.createDirectories(project.resolve("target/synth"));
        Files.writeString(project.resolve("target/synth/dev.json"), "stale");

        assertThat(run("dev")).isEqualTo(1);

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).startsWith("Pulumi.dev.yaml has the following errors:");
        assertThat(message).contains("ecs-platform:vpcCidr", "ecs-platform:natGateways", "ecs-platform:bastion.allowedCidrs[0]");
        assertThat(message).doesNotContain("Exception", "\tat ");
        assertThat(project.resolve("target/synth/dev.json")).doesNotExist();
    }

    /** A stack file of the fixture's values; object values are JSON, which YAML reads as flow collections. */
    private void writeStackFile(String stack, Map<String, String> values) throws IOException {
        var text = new StringBuilder("config:\n");
        values.forEach((key, value) -> text.append("  ").append(key).append(": ")
                .append(value.startsWith("{") || value.startsWith("[") ? value : GSON.toJson(value)).append('\n'));
        Files.writeString(project.resolve("Pulumi." + stack + ".yaml"), text.toString());
    }

    @Test
    void theProdExampleSynthesizesWithOneWarningListingEachPlaceholderKey() throws IOException {
        writeStackFile("prod", ConfigFixtures.prodRaw());

        assertThat(run("prod")).isZero();

        String warning = err.toString(StandardCharsets.UTF_8);
        assertThat(warning).startsWith("warning: Pulumi.prod.yaml holds placeholders").containsOnlyOnce("warning")
                .contains("ecs-platform:domain.zoneName", "ecs-platform:alarmEmail", "ecs-platform:bastion.allowedCidrs[0]",
                        "ecs-platform:service.secrets.DATABASE_PASSWORD", "Before your first deploy");
        assertThat(project.resolve("target/synth/prod.json")).exists();
    }

    static Stream<Arguments> valuesAwsWouldReject() {
        return Stream.of(
                Arguments.of("aws:region", "ap-northeast-9", "did you mean ap-northeast-1?"),
                Arguments.of("aws:regoin", "ap-northeast-2", "did you mean aws:region?"),
                Arguments.of("ecs-platform:availabilityZones", "6", "set availabilityZones to 4 or fewer"),
                Arguments.of("ecs-platform:vpcCidr", "172.17.0.0/16", "Docker's bridge network"),
                Arguments.of("ecs-platform:vpcCidr", "8.8.0.0/16", "is not a private range"),
                Arguments.of("ecs-platform:sshPublicKey", "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY=", "ECDSA"),
                Arguments.of("ecs-platform:domain.recordName", "a".repeat(53), "ACM issues certificates for names of at most 64"));
    }

    @ParameterizedTest
    @MethodSource("valuesAwsWouldReject")
    void aValueAwsWouldRejectStopsTheSynthNamingTheKeyAndWritesNoJson(String key, String value, String hint) throws IOException {
        var values = ConfigFixtures.devRaw();
        if (key.startsWith("aws:") && !key.equals("aws:region")) {
            values.put(key, value);
        } else {
            ConfigFixtures.set(values, key, value);
        }
        writeStackFile("dev", values);

        assertThat(run("dev")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Pulumi.dev.yaml has an error:", key + ": ", hint)
                .doesNotContain("Exception");
        assertThat(project.resolve("target/synth/dev.json")).doesNotExist();
    }

    @Test
    void aMissingStackFileOrStackNameIsAUsageError() {
        assertThat(run("staging")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Pulumi.staging.yaml");

        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
