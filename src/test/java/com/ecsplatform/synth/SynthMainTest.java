package com.ecsplatform.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SynthMainTest {

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

    @Test
    void aMissingStackFileOrStackNameIsAUsageError() {
        assertThat(run("staging")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Pulumi.staging.yaml");

        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
