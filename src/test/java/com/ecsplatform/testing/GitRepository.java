package com.ecsplatform.testing;

import com.ecsplatform.support.Git;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A throwaway git repository in a test's temporary directory, for the code that asks git. */
public final class GitRepository {

    private final Path dir;

    public GitRepository(Path dir) {
        this.dir = dir;
    }

    /** Runs {@code git args...} in the repository, fails the test unless it succeeds, and returns its output. */
    public String git(String... args) throws Exception {
        Git.Result result = Git.run(dir, 30, args);
        assertThat(result.exitCode()).as("git %s: %s%s", String.join(" ", args), result.stdout(), result.stderr()).isZero();
        return result.stdout();
    }

    /** Writes {@code content} to {@code path} (creating its directories), stages and commits it. */
    public void commit(String path, String content) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content);
        git("add", path);
        git("-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "change " + path);
    }
}
