package com.ecsplatform.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code git} in a directory: the one place the program starts it (stack discovery, the review diff). */
public final class Git {

    private Git() {
    }

    /**
     * What git said.
     *
     * @param exitCode git's exit status; 0 means it answered
     * @param stdout   its standard output
     * @param stderr   its standard error
     */
    public record Result(int exitCode, String stdout, String stderr) {

        /** The first non-blank line git wrote to standard error, for a one-line message. */
        public Optional<String> firstErrorLine() {
            return stderr.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
        }
    }

    /**
     * Runs {@code git args...} in {@code directory}, with no input, and waits at most {@code timeoutSeconds}.
     *
     * @throws IOException with a one-line message when git cannot start, does not finish in time, or is interrupted
     */
    public static Result run(Path directory, long timeoutSeconds, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run git: " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        // Both streams are drained at once, so a chatty stderr can never block git on a full pipe.
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String stdout = readAll(process.getInputStream());
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + "s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " was interrupted", e);
        }
        return new Result(process.exitValue(), stdout, stderr.join());
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
