package com.ecsplatform;

import com.ecsplatform.config.ConfigProblem;
import com.ecsplatform.config.ExamplePlaceholders;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.synth.SynthMain;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the committed stack files hold, the two ways in agree: a stack file the real entry point
 * refuses for placeholders still synthesizes offline, with a warning naming the same keys; one
 * without placeholders is handed to the engine. The files are discovered, their values not pinned.
 */
class CommittedStacksEntryPointTest {

    @TempDir
    Path project;

    static List<String> committedStacks() throws IOException {
        try (var files = Files.newDirectoryStream(Path.of(""), "Pulumi.*.yaml")) {
            return StreamSupport.stream(files.spliterator(), false)
                    .map(file -> file.getFileName().toString().replaceAll("^Pulumi\\.|\\.yaml$", ""))
                    .sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("committedStacks")
    void theRealEntryPointRefusesExactlyThePlaceholdersTheSynthWarnsAbout(String stack) throws IOException {
        RawConfig raw = RawConfig.fromStackFile(Path.of(""), stack);
        List<String> placeholderKeys = ExamplePlaceholders.find(StackConfigLoader.load(raw), raw.secretKeys()).stream()
                .map(ConfigProblem::key).toList();
        var environment = ConfigFixtures.engineEnvironment(stack, raw.values(), raw.secretKeys());
        var engineErr = new ByteArrayOutputStream();
        var deployed = new ArrayList<StackConfig>();

        int status = App.run(environment, new PrintStream(engineErr, true, StandardCharsets.UTF_8), deployed::add);

        Files.copy(Path.of(RawConfig.stackFileName(stack)), project.resolve(RawConfig.stackFileName(stack)));
        var synthErr = new ByteArrayOutputStream();
        int synthStatus = SynthMain.run(new String[] {stack}, project,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(synthErr, true, StandardCharsets.UTF_8));
        assertThat(synthStatus).as("offline synth of " + stack).isZero();
        if (placeholderKeys.isEmpty()) {
            assertThat(status).isZero();
            assertThat(deployed).hasSize(1);
        } else {
            assertThat(status).isEqualTo(1);
            assertThat(deployed).isEmpty();
            assertThat(engineErr.toString(StandardCharsets.UTF_8)).contains(placeholderKeys).doesNotContain("\tat ");
            assertThat(synthErr.toString(StandardCharsets.UTF_8)).startsWith("warning: ").contains(placeholderKeys);
        }
    }
}
