package com.ecsplatform.synth.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import com.ecsplatform.testing.GitRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit the guard judges a change against. */
class GitBaselineTest {

    @TempDir
    Path dir;

    @Test
    void onABranchTheBaselineIsWhereItForkedFromTheDefaultBranch() throws Exception {
        git("init", "-q", "-b", "main");
        commit("a.txt", "1");
        String fork = git("rev-parse", "HEAD").strip();
        git("checkout", "-q", "-b", "feature");
        commit("a.txt", "2");

        var baseline = GitBaseline.find(dir, Map.of()).orElseThrow();

        assertThat(baseline.ref()).isEqualTo("merge-base(HEAD, main)");
        assertThat(baseline.commit()).isEqualTo(fork);
    }

    @Test
    void aRelativeProjectDirectoryIsFoundFromTheWorkingDirectory() throws Exception {
        git("init", "-q", "-b", "main");
        commit("a.txt", "1");
        Path relative = Path.of("").toAbsolutePath().relativize(dir);

        assertThat(GitBaseline.find(relative, Map.of())).isPresent();
    }

    @Test
    void onTheDefaultBranchTheBaselineIsHead() throws Exception {
        git("init", "-q", "-b", "main");
        commit("a.txt", "1");
        commit("a.txt", "2");

        var baseline = GitBaseline.find(dir, Map.of()).orElseThrow();

        assertThat(baseline.commit()).isEqualTo(git("rev-parse", "HEAD").strip());
    }

    @Test
    void anExplicitBaselineWins() throws Exception {
        git("init", "-q", "-b", "main");
        commit("a.txt", "1");
        String first = git("rev-parse", "HEAD").strip();
        commit("a.txt", "2");

        var baseline = GitBaseline.find(dir, Map.of(GitBaseline.VARIABLE, first)).orElseThrow();

        assertThat(baseline.commit()).isEqualTo(first);
    }

    @Test
    void aPullRequestJobWithoutItsBaseBranchFailsInsteadOfJudgingTheChangeAgainstItself() throws Exception {
        git("init", "-q", "-b", "feature");
        commit("a.txt", "1");

        assertThatThrownBy(() -> GitBaseline.find(dir, Map.of("GITHUB_BASE_REF", "main")))
                .hasMessageContaining("origin/main is not in this clone");
    }

    @Test
    void outsideAGitRepositoryThereIsNoBaseline() throws Exception {
        assertThat(GitBaseline.find(dir, Map.of())).isEmpty();
    }

    @Test
    void aStackWithoutASnapshotAtTheBaselineIsAnEmptyGraph() throws Exception {
        git("init", "-q", "-b", "main");
        commit("a.txt", "1");

        var baseline = GitBaseline.find(dir, Map.of()).orElseThrow();

        assertThat(baseline.snapshot(dir, "dev", "ecs-platform").resources()).isEmpty();
    }

    private void commit(String path, String content) throws Exception {
        new GitRepository(dir).commit(path, content);
    }

    private String git(String... args) throws Exception {
        return new GitRepository(dir).git(args);
    }
}
