package com.ecsplatform.synth.diff;

import com.ecsplatform.support.Git;
import com.ecsplatform.support.Git.Result;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads files as they are at a git ref, by running {@code git} in a working directory. */
final class GitSnapshots {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path workDir;

    /** @param workDir a directory inside the repository; paths are relative to it */
    GitSnapshots(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * @return the full commit id {@code ref} names
     * @throws GitException when {@code ref} does not name a commit here, or git cannot run
     */
    String requireCommit(String ref) throws IOException {
        Result result = git("rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (result.exitCode() != 0) {
            throw new GitException("unknown git ref '" + ref + "'"
                    + result.firstErrorLine().map(line -> " (" + line + ")").orElse("")
                    + "; in a shallow clone, fetch the full history (actions/checkout: fetch-depth: 0)");
        }
        return result.stdout().strip();
    }

    /**
     * @param ref  a commit-ish that {@link #requireCommit(String)} accepted
     * @param path the file, relative to the working directory
     * @return the file's content at {@code ref}, or empty when it did not exist there
     */
    Optional<String> read(String ref, String path) throws IOException {
        // "<ref>:./<path>" resolves against the working directory, not the repository root.
        String object = ref + ":./" + path;
        if (git("cat-file", "-e", object).exitCode() != 0) {
            return Optional.empty();
        }
        Result show = git("show", object);
        if (show.exitCode() != 0) {
            throw new GitException("git show " + object + " failed"
                    + show.firstErrorLine().map(line -> ": " + line).orElse(""));
        }
        return Optional.of(show.stdout());
    }

    /** The working tree's commit, when the directory is a git checkout with one. */
    Optional<String> head() throws IOException {
        return commit("HEAD");
    }

    /**
     * The stack's reviewed snapshot ({@value DiffMain#SNAPSHOT_DIR}{@code /<stack>.json}) as committed at
     * {@code ref}; an empty graph of {@code project} when there was none.
     */
    SynthGraph snapshot(String ref, String stack, String project) throws IOException {
        String path = DiffMain.SNAPSHOT_DIR + "/" + stack + ".json";
        Optional<String> json = read(ref, path);
        if (json.isEmpty()) {
            return SynthGraph.empty(project, stack);
        }
        try {
            return SynthGraph.parse(json.get());
        } catch (SynthFormatException e) {
            throw new SynthFormatException(ref + ":" + path + ": " + e.getMessage(), e);
        }
    }

    /** Whether tracked files differ from {@link #head()} (staged or not). */
    boolean hasUncommittedChanges() throws IOException {
        Result result = git("status", "--porcelain", "--untracked-files=no");
        return result.exitCode() == 0 && !result.stdout().isBlank();
    }

    /** The names of the files in {@code directory} (relative to the working directory) at {@code ref}; empty when it did not exist. */
    List<String> list(String ref, String directory) throws IOException {
        Result result = git("ls-tree", "--name-only", ref, "--", "./" + directory + "/");
        if (result.exitCode() != 0) {
            throw new GitException("git ls-tree " + ref + " failed" + result.firstErrorLine().map(line -> ": " + line).orElse(""));
        }
        return result.stdout().lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(line.lastIndexOf('/') + 1))
                .toList();
    }

    /** @return the commit {@code ref} names, or empty when it names none here (or this is no repository) */
    Optional<String> commit(String ref) throws IOException {
        Result result = git("rev-parse", "--verify", "--quiet", ref + "^{commit}");
        return result.exitCode() == 0 ? Optional.of(result.stdout().strip()) : Optional.empty();
    }

    /** @return the best common ancestor of two commits, or empty when they have none */
    Optional<String> mergeBase(String first, String second) throws IOException {
        Result result = git("merge-base", first, second);
        return result.exitCode() == 0 ? Optional.of(result.stdout().strip()) : Optional.empty();
    }

    private Result git(String... args) throws IOException {
        try {
            return Git.run(workDir, TIMEOUT_SECONDS, args);
        } catch (IOException cannotRun) {
            throw new GitException(cannotRun.getMessage());
        }
    }

    /** Git could not answer; the message is one line, for a person. */
    static final class GitException extends IOException {

        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }
}
