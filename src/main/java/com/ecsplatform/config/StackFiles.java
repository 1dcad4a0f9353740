package com.ecsplatform.config;

import com.ecsplatform.support.Git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's environments: one committed {@code Pulumi.<stack>.yaml} each. Everything that loops
 * over stacks (snapshots, the snapshot test, CI) asks here instead of naming dev and prod.
 *
 * <p>In a git checkout a stack file counts once git tracks it ({@code git add} is enough): a personal
 * stack that {@code pulumi stack init alice} wrote as {@code Pulumi.alice.yaml} and nobody added is
 * somebody's scratch space, not an environment, so it never makes the build red. Outside git (an
 * unpacked archive) every {@code Pulumi.*.yaml} in the directory counts.
 */
public final class StackFiles {

    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.(?<stack>[A-Za-z0-9_.-]+)\\.yaml");
    private static final long GIT_TIMEOUT_SECONDS = 30;

    private StackFiles() {
    }

    /** The stacks of the committed stack files in {@code projectDir}, sorted by name. */
    public static List<String> committed(Path projectDir) {
        return stackNames(tracked(projectDir).orElseGet(() -> present(projectDir)).stream()
                .filter(name -> Files.isRegularFile(projectDir.resolve(name))));
    }

    /** The stacks of the stack files present in {@code projectDir} that are not committed, sorted. */
    public static List<String> uncommitted(Path projectDir) {
        List<String> committed = committed(projectDir);
        return stackNames(present(projectDir).stream()).stream().filter(stack -> !committed.contains(stack)).toList();
    }

    /** The stack whose settings file is named {@code fileName}, if it is one. */
    public static Optional<String> stackOf(String fileName) {
        Matcher matcher = STACK_FILE.matcher(fileName);
        return matcher.matches() ? Optional.of(matcher.group("stack")) : Optional.empty();
    }

    private static List<String> stackNames(Stream<String> fileNames) {
        return fileNames.map(StackFiles::stackOf).flatMap(Optional::stream).distinct().sorted().toList();
    }

    private static List<String> present(Path projectDir) {
        try (Stream<Path> files = Files.list(projectDir.toAbsolutePath())) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** The stack files git tracks in {@code projectDir}; empty when this is not a git checkout or git is missing. */
    private static Optional<List<String>> tracked(Path projectDir) {
        Git.Result listing;
        try {
            listing = Git.run(projectDir, GIT_TIMEOUT_SECONDS, "ls-files", "-z", "--", "Pulumi.*.yaml");
        } catch (IOException noGit) {
            return Optional.empty();
        }
        if (listing.exitCode() != 0) {
            return Optional.empty();
        }
        var names = new ArrayList<String>();
        for (String name : listing.stdout().split("\0")) {
            // ls-files matches the pattern in subdirectories too; only the project directory's own count.
            if (!name.isEmpty() && !name.contains("/")) {
                names.add(name);
            }
        }
        return Optional.of(names);
    }
}
