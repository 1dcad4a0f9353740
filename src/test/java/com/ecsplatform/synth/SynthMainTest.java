package com.ecsplatform.synth;

import com.ecsplatform.testing.ConfigFixtures;
import com.google.gson.Gson;
import com.ecsplatform.testing.StackFileFixtures;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.ecsplatform.testing.StackFileFixtures.secure;
import static org.assertj.core.api.Assertions.assertThat;

/** The synth command on stack files the test writes from its own fixtures. */
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

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void writeDev(Map<String, String> values) throws IOException {
        StackFileFixtures.write(project, "dev", StackFileFixtures.document(values));
    }

    @Test
    void aValidStackPrintsThePreview() throws IOException {
        writeDev(ConfigFixtures.devRaw());

        assertThat(run("dev")).isZero();

        assertThat(printed()).contains("aws:ec2/vpc:Vpc", "net-vpc", "Resources:", "Program evaluated in");
    }

    @Test
    void aValidStackWritesItsJson() throws IOException {
        writeDev(ConfigFixtures.devRaw());

        assertThat(run("dev")).isZero();

        String json = Files.readString(project.resolve("target/synth/dev.json"));
        assertThat(json).contains("\"stack\": \"dev\"", "\"type\": \"aws:ecs/service:Service\"");
    }

    @Test
    void anInvalidStackListsEveryProblemUnderTheFilesName() throws IOException {
        var values = ConfigFixtures.devRaw();
        ConfigFixtures.set(values, "ecs-platform:vpcCidr", "10.10.0.0/8");
        ConfigFixtures.set(values, "ecs-platform:natGateways", "singel");
        ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs", List.of("0.0.0.0/0"));
        writeDev(values);
        Files.createDirectories(project.resolve("target/synth"));
        Files.writeString(project.resolve("target/synth/dev.json"), "stale");

        assertThat(run("dev")).isEqualTo(1);

        assertThat(errors()).startsWith("Pulumi.dev.yaml has the following errors:");
        assertThat(errors()).contains("ecs-platform:vpcCidr", "ecs-platform:natGateways", "ecs-platform:bastion.allowedCidrs[0]");
        assertThat(errors()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anInvalidStackLeavesNoJson() throws IOException {
        var values = ConfigFixtures.devRaw();
        ConfigFixtures.set(values, "ecs-platform:vpcCidr", "10.10.0.0/8");
        ConfigFixtures.set(values, "ecs-platform:natGateways", "singel");
        ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs", List.of("0.0.0.0/0"));
        writeDev(values);
        Files.createDirectories(project.resolve("target/synth"));
        Files.writeString(project.resolve("target/synth/dev.json"), "stale");

        assertThat(run("dev")).isEqualTo(1);

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
    void aValueAwsWouldRejectStopsTheSynthNamingTheKey(String key, String value, String hint) throws IOException {
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
    }

    @ParameterizedTest
    @MethodSource("valuesAwsWouldReject")
    void aValueAwsWouldRejectLeavesNoJson(String key, String value, String hint) throws IOException {
        var values = ConfigFixtures.devRaw();
        if (key.startsWith("aws:") && !key.equals("aws:region")) {
            values.put(key, value);
        } else {
            ConfigFixtures.set(values, key, value);
        }
        writeStackFile("dev", values);

        assertThat(run("dev")).isEqualTo(1);

        assertThat(project.resolve("target/synth/dev.json")).doesNotExist();
    }

    @Test
    void aStackWithoutAStackFileIsAUsageErrorThatSaysHowToCreateOne() throws IOException {
        writeDev(ConfigFixtures.devRaw());

        assertThat(run("staging")).isEqualTo(2);

        assertThat(errors()).contains("Pulumi.staging.yaml does not exist", "cp Pulumi.dev.yaml Pulumi.staging.yaml",
                "pulumi stack init staging");
    }

    @Test
    void noStackNameIsAUsageError() {
        assertThat(run()).isEqualTo(2);

        assertThat(errors()).contains("usage");
    }

    @Test
    void encryptedValuesSynthesizeAsSecretsWithOneNotice() throws IOException {
        var document = StackFileFixtures.document(ConfigFixtures.devRaw());
        StackFileFixtures.put(document, "ecs-platform:alarmEmail", secure("v1:Y2lwaGVydGV4dA==:AAAA"));
        StackFileFixtures.put(document, "ecs-platform:service.environment.DATABASE_URL", secure("v1:bmVzdGVk:BBBB"));
        StackFileFixtures.write(project, "dev", document);

        assertThat(run("dev")).as(errors()).isZero();

        String json = Files.readString(project.resolve("target/synth/dev.json"));
        assertThat(json).contains("\"endpoint\": \"[secret]\"", "\"containerDefinitions\": \"[secret]\"");
        assertThat(printed().split("encrypted values", -1)).as("one notice").hasSize(2);
        assertThat(printed()).contains("ecs-platform:alarmEmail", "ecs-platform:service.environment.DATABASE_URL");
        assertThat(printed() + json).doesNotContain("Y2lwaGVydGV4dA", "bmVzdGVk", "offline-stand-in");
    }

    @Test
    void aYamlErrorPointsAtItsLocation() throws IOException {
        Files.writeString(project.resolve("Pulumi.dev.yaml"), "config:\n  aws:region: ap-northeast-2\n   bad: indent\n");

        assertThat(run("dev")).isEqualTo(1);

        assertThat(errors()).contains("  * Pulumi.dev.yaml line 3, column ").contains(": is not valid YAML: ");
    }

    @Test
    void aNumberBeyondAnyRangeIsReportedAsWrittenWithTheRange() throws IOException {
        var document = StackFileFixtures.document(ConfigFixtures.devRaw());
        StackFileFixtures.write(project, "dev", document);
        Files.writeString(project.resolve("Pulumi.dev.yaml"),
                Files.readString(project.resolve("Pulumi.dev.yaml")).replace("cpu: 256", "cpu: 1e400"));

        assertThat(run("dev")).isEqualTo(1);

        assertThat(errors()).contains("ecs-platform:service.cpu: ").contains("1E+400").doesNotContain("Infinity");
    }
}
