package com.ecsplatform.synth.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commit a change is judged against: what is deployed, or about to be, when the change merges.
 *
 * <p>It is the merge-base of {@code HEAD} with the default branch, so on a branch or a pull request
 * the baseline is where it forked from the branch that deploys, whatever was accepted into the
 * snapshots since; on the default branch itself it is {@code HEAD}. The default branch is, in order:
 * {@code origin/$GITHUB_BASE_REF} in a pull-request job, {@code origin/HEAD}, {@code origin/main},
 * {@code origin/master}, {@code main}, {@code master}. {@value #PROPERTY} (system property) or
 * {@value #VARIABLE} (environment) names another ref to use as is.
 *
 * @param ref    how the baseline was found, for messages: {@code merge-base(HEAD, main)}
 * @param commit the commit
 */
public record GitBaseline(String ref, String commit) {

    /** System property naming the baseline ref explicitly. */
    public static final String PROPERTY = "guard.baseline";
    /** Environment variable naming the baseline ref explicitly. */
    public static final String VARIABLE = "ECS_PLATFORM_BASELINE";

    private static final List<String> DEFAULT_BRANCHES = List.of("origin/HEAD", "origin/main", "origin/master", "main", "master");

    /**
     * @param workDir the project directory
     * @param env     the environment to read {@value #VARIABLE} and {@code GITHUB_BASE_REF} from
     * @return the baseline, or empty when {@code workDir} is not in a git repository with a commit
     * @throws IOException when an explicitly named ref does not resolve, or git fails
     */
    public static Optional<GitBaseline> find(Path workDir, Map<String, String> env) throws IOException {
        GitSnapshots git = new GitSnapshots(workDir.toAbsolutePath());
        Optional<String> head;
        try {
            head = git.commit("HEAD");
        } catch (GitSnapshots.GitException noGit) {
            return Optional.empty();
        }
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String explicit = Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(env.get(VARIABLE)))
                .filter(ref -> !ref.isBlank())
                .orElse(null);
        if (explicit != null) {
            String commit = git.commit(explicit).orElseThrow(() -> new GitSnapshots.GitException(
                    "the baseline " + explicit + " (" + PROPERTY + " / " + VARIABLE + ") names no commit here"));
            return Optional.of(new GitBaseline(explicit, commit));
        }
        Optional<String> pullRequestBase = Optional.ofNullable(env.get("GITHUB_BASE_REF")).filter(ref -> !ref.isBlank());
        if (pullRequestBase.isPresent() && git.commit("origin/" + pullRequestBase.get()).isEmpty()) {
            // Falling back to HEAD would judge a pull request against itself and let everything through.
            throw new GitSnapshots.GitException("the pull request's base branch origin/" + pullRequestBase.get()
                    + " is not in this clone; check out with the full history (actions/checkout: fetch-depth: 0)");
        }
        List<String> candidates = new ArrayList<>();
        pullRequestBase.ifPresent(ref -> candidates.add("origin/" + ref));
        candidates.addAll(DEFAULT_BRANCHES);
        for (String branch : candidates) {
            if (git.commit(branch).isPresent()) {
                Optional<String> base = git.mergeBase("HEAD", branch);
                if (base.isPresent()) {
                    return Optional.of(new GitBaseline("merge-base(HEAD, " + branch + ")", base.get()));
                }
            }
        }
        return Optional.of(new GitBaseline("HEAD", head.get()));
    }

    /**
     * @param workDir the project directory
     * @param stack   the stack
     * @param project the project, for an empty graph
     * @return the stack's snapshot at the baseline; an empty graph when it had none
     */
    public SynthGraph snapshot(Path workDir, String stack, String project) throws IOException {
        return new GitSnapshots(workDir.toAbsolutePath()).snapshot(commit, stack, project);
    }

    /** @return e.g. {@code merge-base(HEAD, main) = 79976ab} */
    public String describe() {
        return ref + " = " + commit.substring(0, Math.min(7, commit.length()));
    }
}
