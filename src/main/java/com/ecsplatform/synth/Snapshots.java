package com.ecsplatform.synth;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reviewed snapshots of every committed stack's synth, kept in
 * {@code src/test/resources/snapshots/<stack>.json}. {@code mvn -B -q compile exec:java@snapshots}
 * rewrites them after a deliberate change; the snapshot test fails on any other difference.
 */
public final class Snapshots {

    /** Where the snapshots live, relative to the project root. */
    public static final Path DIRECTORY = Path.of("src", "test", "resources", "snapshots");
    /** The command that accepts the current graph. */
    public static final String UPDATE_COMMAND = "mvn -B -q compile exec:java@snapshots";

    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.(?<stack>[A-Za-z0-9_.-]+)\\.yaml");

    private Snapshots() {
    }

    /** The stacks that have a committed settings file in {@code projectDir}, sorted. */
    public static List<String> stacks(Path projectDir) {
        try (Stream<Path> files = Files.list(projectDir.toAbsolutePath())) {
            return files.map(file -> STACK_FILE.matcher(file.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .map(matcher -> matcher.group("stack"))
                    .sorted()
                    .toList();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** The current synth of {@code stack}, rendered as its snapshot would be. */
    public static String render(Path projectDir, String stack) {
        var config = StackConfigLoader.load(RawConfig.fromStackFile(projectDir, stack));
        return SynthJson.render(Synthesizer.synthesize(config));
    }

    /** The snapshot file of {@code stack}. */
    public static Path file(Path projectDir, String stack) {
        return projectDir.resolve(DIRECTORY).resolve(stack + ".json");
    }

    /** Rewrites every stack's snapshot; exit 1 when a stack file is invalid. */
    public static void main(String[] args) {
        Path projectDir = Path.of("");
        try {
            for (String stack : stacks(projectDir)) {
                Path file = file(projectDir, stack);
                Files.createDirectories(file.getParent());
                Files.writeString(file, render(projectDir, stack), StandardCharsets.UTF_8);
                System.out.println("Wrote " + file);
            }
        } catch (ConfigException invalid) {
            System.err.println(invalid.getMessage());
            System.exit(1);
        } catch (IOException io) {
            System.err.println("Could not write the snapshots: " + io.getMessage());
            System.exit(1);
        }
    }
}
