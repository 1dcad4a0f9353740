package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static com.ecsplatform.testing.ConfigFixtures.dev;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("RawConfig")
class RawConfigTest {

    @TempDir
    Path projectDir;

    @Test
    void readsScalarsAsTextWithStructuredValuesAsOrderedJson() throws IOException {
        write("dev", """
                secretsprovider: passphrase
                config:
                  aws:region: eu-west-1
                  ecs-platform:availabilityZones: 3
                  ecs-platform:natGateways: perAz
                  ecs-platform:bastion:
                    enabled: true
                    allowedCidrs:
                      - 203.0.113.0/24
                      - 198.51.100.0/24
                  ecs-platform:cluster:
                    minSize: 2
                    instanceType: t3.small
                  ecs-platform:domain:
                """);

        RawConfig raw = RawConfig.fromStackFile(projectDir, "dev");

        assertThat(raw.stackName()).isEqualTo("dev");
        assertThat(raw.stackFile()).isEqualTo("Pulumi.dev.yaml");
        assertThat(raw.secretKeys()).isEmpty();
        assertThat(raw.values()).isEqualTo(Map.of(
                "aws:region", "eu-west-1",
                "ecs-platform:availabilityZones", "3",
                "ecs-platform:natGateways", "perAz",
                "ecs-platform:bastion", "{\"enabled\":true,\"allowedCidrs\":[\"203.0.113.0/24\",\"198.51.100.0/24\"]}",
                "ecs-platform:cluster", "{\"minSize\":2,\"instanceType\":\"t3.small\"}",
                "ecs-platform:domain", ""));
    }

    @Test
    void replacesSecureValuesWithStandIns() throws IOException {
        write("dev", """
                config:
                  aws:region: eu-west-1
                  ecs-platform:sshPublicKey:
                    secure: v1:c2VjcmV0:AAAABBBBCCCC
                  ecs-platform:service:
                    image: nginx
                    environment:
                      GREETING:
                        secure: v1:aGVsbG8=:DDDD
                  ecs-platform:vpcCidr: 10.1.0.0/16
                """);

        RawConfig raw = RawConfig.fromStackFile(projectDir, "dev");

        assertThat(raw.values())
                .containsEntry("ecs-platform:sshPublicKey", SecretRules.SSH_PUBLIC_KEY_STAND_IN)
                .containsEntry("ecs-platform:service", "{\"image\":\"nginx\",\"environment\":{\"GREETING\":\"offline-stand-in\"}}")
                .containsEntry("ecs-platform:vpcCidr", "10.1.0.0/16");
        assertThat(raw.toString()).doesNotContain("c2VjcmV0", "aGVsbG8=");
    }

    @Test
    void marksTheKeysOfSecureValuesSecret() throws IOException {
        write("dev", """
                config:
                  aws:region: eu-west-1
                  ecs-platform:sshPublicKey:
                    secure: v1:c2VjcmV0:AAAABBBBCCCC
                  ecs-platform:service:
                    image: nginx
                    environment:
                      GREETING:
                        secure: v1:aGVsbG8=:DDDD
                  ecs-platform:vpcCidr: 10.1.0.0/16
                """);

        RawConfig raw = RawConfig.fromStackFile(projectDir, "dev");

        assertThat(raw.secretKeys()).containsExactly("ecs-platform:service", "ecs-platform:sshPublicKey");
        assertThat(raw.encryptedPaths()).containsExactly("ecs-platform:service.environment.GREETING", "ecs-platform:sshPublicKey");
    }

    @Test
    void aStandInForASecretReferenceIsAnArnInTheStacksRegion() throws IOException {
        write("dev", """
                config:
                  aws:region: eu-west-1
                  ecs-platform:service:
                    secrets:
                      DB_PASSWORD:
                        secure: v1:c2VjcmV0:AAAA
                """);

        assertThat(RawConfig.fromStackFile(projectDir, "dev").values().get("ecs-platform:service"))
                .contains("arn:aws:ssm:eu-west-1:000000000000:parameter/offline-stand-in");
    }

    @Test
    void aSecretThatCannotStaySecretIsReportedWithTheSettingsThatCan() throws IOException {
        write("dev", """
                config:
                  ecs-platform:vpcCidr:
                    secure: v1:c2VjcmV0:AAAABBBBCCCC
                  ecs-platform:service:
                    cpu:
                      secure: v1:c2VjcmV0:EEEE
                """);

        var error = catchThrowableOfType(
                () -> StackConfigLoader.load(RawConfig.fromStackFile(projectDir, "dev")), ConfigException.class);

        assertThat(error.problems()).extracting(ConfigProblem::key)
                .contains("ecs-platform:vpcCidr", "ecs-platform:service.cpu")
                .doesNotContain("ecs-platform:service.cpu[secret]");
        assertThat(error.problems()).filteredOn(problem -> problem.key().equals("ecs-platform:vpcCidr")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("cannot be a secret: ")
                        .contains("ecs-platform:alarmEmail"));
        assertThat(error.getMessage()).doesNotContain("c2VjcmV0");
    }

    @Test
    void anEncryptedAlarmEmailLoadsAsASecretSetting() throws IOException {
        var values = devRaw();
        values.remove("ecs-platform:sshPublicKey");
        var yaml = new StringBuilder("config:\n");
        values.forEach((key, value) -> yaml.append("  ").append(key).append(": '").append(value).append("'\n"));
        yaml.append("  ecs-platform:sshPublicKey:\n    secure: v1:AAAA\n");
        yaml.append("  ecs-platform:alarmEmail:\n    secure: v1:BBBB\n");
        write("dev", yaml.toString());

        StackConfig config = StackConfigLoader.load(RawConfig.fromStackFile(projectDir, "dev"));

        assertThat(config.secrets().alarmEmail()).isTrue();
        assertThat(config.secrets().sshPublicKey()).isTrue();
        assertThat(config.secrets().service()).isFalse();
    }

    @Test
    void keepsYamlLookalikeScalarsAsTheTextWrittenLikePulumi() throws IOException {
        write("dev", """
                config:
                  ecs-platform:tags:
                    Created: 2024-05-01
                    Backup: yes
                    Audited: True
                    Count: 3
                  ecs-platform:note: off
                """);

        RawConfig raw = RawConfig.fromStackFile(projectDir, "dev");

        assertThat(raw.values())
                .containsEntry("ecs-platform:tags", "{\"Created\":\"2024-05-01\",\"Backup\":\"yes\",\"Audited\":true,\"Count\":3}")
                .containsEntry("ecs-platform:note", "off");
    }

    @Test
    void readsAFileWithoutConfigAsNoValues() throws IOException {
        write("empty", "encryptionsalt: v1:abc\n");

        assertThat(RawConfig.fromStackFile(projectDir, "empty").values()).isEmpty();
    }

    @Test
    void reportsAMissingStackFile() {
        assertThatThrownBy(() -> RawConfig.fromStackFile(projectDir, "qa"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Pulumi.qa.yaml has an error:\n  * Pulumi.qa.yaml: not found in " + projectDir.toAbsolutePath().normalize()
                        + ": create it (pulumi stack init qa) or check the stack name");
    }

    @Test
    void reportsMalformedYamlWithItsPositionButNotItsText() throws IOException {
        write("dev", """
                config:
                  ecs-platform:sshPublicKey: "ssh-ed25519 AAAAsecretish
                """);

        var error = catchThrowableOfType(() -> RawConfig.fromStackFile(projectDir, "dev"), ConfigException.class);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("Pulumi.dev.yaml line 3, column 1");
            assertThat(problem.message()).startsWith("is not valid YAML: ");
        });
        assertThat(error.getMessage()).doesNotContain("AAAAsecretish");
    }

    @Test
    void rejectsDuplicateKeys() throws IOException {
        write("dev", """
                config:
                  ecs-platform:vpcCidr: 10.1.0.0/16
                  ecs-platform:vpcCidr: 10.2.0.0/16
                """);

        assertThatThrownBy(() -> RawConfig.fromStackFile(projectDir, "dev"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not valid YAML: found duplicate key ecs-platform:vpcCidr");
    }

    @Test
    void rejectsAFileThatIsNotAMap() throws IOException {
        write("dev", "- aws:region\n");

        assertThatThrownBy(() -> RawConfig.fromStackFile(projectDir, "dev"))
                .hasMessageContaining("must be a YAML map with a config: section");
    }

    @Test
    void readsTheEnginesEnvironmentWithObjectsAsJsonText() {
        RawConfig raw = RawConfig.fromEnvironment(Map.of(
                "PULUMI_STACK", "prod",
                "PULUMI_CONFIG", """
                        {"aws:region":"ap-northeast-2","ecs-platform:availabilityZones":"3",\
                        "ecs-platform:bastion":"{\\"enabled\\":false}"}""",
                "PULUMI_CONFIG_SECRET_KEYS", "[\"ecs-platform:sshPublicKey\"]"));

        assertThat(raw.stackName()).isEqualTo("prod");
        assertThat(raw.stackFile()).isEqualTo("Pulumi.prod.yaml");
        assertThat(raw.values()).isEqualTo(Map.of(
                "aws:region", "ap-northeast-2",
                "ecs-platform:availabilityZones", "3",
                "ecs-platform:bastion", "{\"enabled\":false}"));
        assertThat(raw.secretKeys()).containsExactly("ecs-platform:sshPublicKey");
    }

    @Test
    void theEnginesFormLoadsLikeTheStackFile() {
        var values = devRaw();
        String config = json(values);

        RawConfig raw = RawConfig.fromEnvironment(Map.of("PULUMI_STACK", "dev", "PULUMI_CONFIG", config));

        assertThat(StackConfigLoader.load(raw)).isEqualTo(dev());
    }

    @Test
    void treatsAMissingPulumiConfigAsNoValues() {
        RawConfig raw = RawConfig.fromEnvironment(Map.of("PULUMI_STACK", "dev"));

        assertThat(raw.values()).isEmpty();
        assertThat(raw.secretKeys()).isEmpty();
    }

    @Test
    void requiresPulumiStack() {
        assertThatThrownBy(() -> RawConfig.fromEnvironment(Map.of("PULUMI_CONFIG", "{}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PULUMI_STACK: is not set: run the program with the Pulumi CLI");
    }

    @Test
    void reportsMalformedPulumiConfig() {
        assertThatThrownBy(() -> RawConfig.fromEnvironment(Map.of("PULUMI_STACK", "dev", "PULUMI_CONFIG", "{\"aws:region\":")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PULUMI_CONFIG: is not valid JSON: Unexpected end-of-input");
    }

    @Test
    void hidesSecretValuesInToString() {
        var raw = new RawConfig("dev", "Pulumi.dev.yaml",
                Map.of("ecs-platform:sshPublicKey", "ssh-ed25519 AAAAkey", "aws:region", "eu-west-1"),
                Set.of("ecs-platform:sshPublicKey"));

        assertThat(raw.toString()).contains("ecs-platform:sshPublicKey=[secret]", "aws:region=eu-west-1")
                .doesNotContain("AAAAkey");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
        Files.write(projectDir.resolve("Pulumi.dev.yaml"),
                "config:\n  ecs-platform:tags:\n    Owner: Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> RawConfig.fromStackFile(projectDir, "dev"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Pulumi.dev.yaml has an error:\n  * Pulumi.dev.yaml line 3: is not UTF-8 text (byte 44 of the"
                        + " file cannot be decoded); save the file as UTF-8, which is how Pulumi reads stack files");
    }

    @Test
    void aNumberTooLargeForADoubleKeepsItsValue() throws IOException {
        write("dev", """
                config:
                  ecs-platform:service:
                    cpu: 1e400
                """);

        assertThat(RawConfig.fromStackFile(projectDir, "dev").values().get("ecs-platform:service"))
                .isEqualTo("{\"cpu\":1E+400}");
    }

    private void write(String stack, String yaml) throws IOException {
        Files.writeString(projectDir.resolve("Pulumi." + stack + ".yaml"), yaml);
    }
}
