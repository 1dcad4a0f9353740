package com.ecsplatform.synth;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.config.StackFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
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

    private Snapshots() {
    }

    /** The stacks that have a committed settings file in {@code projectDir}, sorted ({@link StackFiles#committed}). */
    public static List<String> stacks(Path projectDir) {
        return StackFiles.committed(projectDir);
    }

    /** The stacks that have a snapshot in {@code projectDir}, sorted. */
    public static List<String> snapshotted(Path projectDir) {
        Path directory = projectDir.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
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

    /**
     * Rewrites every committed stack's snapshot and deletes the snapshots of stacks whose file is gone;
     * exit 1 when a stack file is invalid (every invalid file is reported, and no snapshot is written).
     */
    public static void main(String[] args) {
        int status = run(Path.of(""), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command, with its project directory and streams injectable for tests. */
    static int run(Path projectDir, PrintStream out, PrintStream err) {
        List<String> stacks = stacks(projectDir);
        var rendered = new TreeMap<String, String>();
        boolean invalid = false;
        for (String stack : stacks) {
            try {
                rendered.put(stack, render(projectDir, stack));
            } catch (ConfigException problems) {
                err.println(problems.getMessage());
                invalid = true;
            }
        }
        if (invalid) {
            err.println("No snapshot was written: fix the stack files above and run " + UPDATE_COMMAND + " again.");
            return 1;
        }
        try {
            for (var entry : rendered.entrySet()) {
                Path file = file(projectDir, entry.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
                out.println("Wrote " + file);
            }
            for (String orphan : snapshotted(projectDir)) {
                if (!stacks.contains(orphan)) {
                    Files.delete(file(projectDir, orphan));
                    out.println("Deleted " + file(projectDir, orphan) + ": no committed " + RawConfig.stackFileName(orphan));
                }
            }
        } catch (IOException io) {
            err.println("Could not write the snapshots: " + io.getMessage());
            return 1;
        }
        for (String personal : StackFiles.uncommitted(projectDir)) {
            out.println("Skipped " + RawConfig.stackFileName(personal) + ": git does not track it, so it is a personal"
                    + " stack, not an environment (git add it to make it one)");
        }
        return 0;
    }
}
