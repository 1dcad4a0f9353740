package com.ecsplatform.config;

import com.ecsplatform.testing.GitRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Which stack files are the project's environments, and that each committed one validates. The
 * committed files' values belong to their users: nothing here reads them beyond "it loads".
 */
@DisplayName("stack files")
class StackFilesTest {

    private static final Path REPOSITORY_ROOT = Path.of("");

    @TempDir
    Path project;

    @TestFactory
    Stream<DynamicTest> everyCommittedStackFileValidates() {
        return StackFiles.committed(REPOSITORY_ROOT).stream().map(stack -> DynamicTest.dynamicTest(
                RawConfig.stackFileName(stack) + " validates",
                () -> assertThatCode(() -> StackConfigLoader.load(RawConfig.fromStackFile(REPOSITORY_ROOT, stack)))
                        .doesNotThrowAnyException()));
    }

    @Test
    void aStackFileGitDoesNotTrackIsNotAnEnvironment() throws Exception {
        git("init", "-q");
        write("Pulumi.dev.yaml", "Pulumi.staging.yaml", "Pulumi.alice.yaml");
        git("add", "Pulumi.dev.yaml", "Pulumi.staging.yaml");

        assertThat(StackFiles.committed(project)).containsExactly("dev", "staging");
        assertThat(StackFiles.uncommitted(project)).containsExactly("alice");
    }

    @Test
    void outsideGitEveryStackFileInTheDirectoryIsAnEnvironment() throws IOException {
        write("Pulumi.dev.yaml", "Pulumi.prod.yaml", "Pulumi.yaml", "notes.yaml");

        assertThat(StackFiles.committed(project)).containsExactly("dev", "prod");
    }

    @Test
    void aTrackedStackFileDeletedFromTheWorkingTreeIsNoLongerAnEnvironment() throws Exception {
        git("init", "-q");
        write("Pulumi.dev.yaml", "Pulumi.qa.yaml");
        git("add", "Pulumi.dev.yaml", "Pulumi.qa.yaml");
        Files.delete(project.resolve("Pulumi.qa.yaml"));

        assertThat(StackFiles.committed(project)).containsExactly("dev");
    }

    private void write(String... names) throws IOException {
        for (String name : names) {
            Files.writeString(project.resolve(name), "config: {}\n");
        }
    }

    private void git(String... args) throws Exception {
        new GitRepository(project).git(args);
    }
}
