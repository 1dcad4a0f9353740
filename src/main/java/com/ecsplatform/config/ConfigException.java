package com.ecsplatform.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stack's configuration is unusable. Carries every problem found, so one run reports them all:
 *
 * <pre>
 * Pulumi.dev.yaml has the following errors:
 *   * ecs-platform:vpcCidr: "10.0.0.0/8" is too large: the prefix length must be /16 to /24
 *   * ecs-platform:bastion.allowedCidrs[1]: 0.0.0.0/0 opens SSH to the world; list the networks that need SSH
 * </pre>
 *
 * Problems are sorted by key so the output is stable from run to run.
 */
public final class ConfigException extends RuntimeException {

    private final String stackFile;
    private final List<ConfigProblem> problems;

    /**
     * @param stackFile the stack settings file the configuration came from (e.g. {@code Pulumi.dev.yaml}),
     *                  or a description of the source when there is no file
     * @param problems  at least one problem
     */
    public ConfigException(String stackFile, List<ConfigProblem> problems) {
        super(format(stackFile, sortedByKey(problems)));
        this.stackFile = stackFile;
        this.problems = sortedByKey(problems);
    }

    /** The stack settings file (or other source) the problems are in. */
    public String stackFile() {
        return stackFile;
    }

    /** Every problem, sorted by key. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static List<ConfigProblem> sortedByKey(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        var sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(ConfigProblem::key));
        return List.copyOf(sorted);
    }

    private static String format(String stackFile, List<ConfigProblem> problems) {
        var text = new StringBuilder(stackFile)
                .append(problems.size() == 1 ? " has an error:" : " has the following errors:");
        problems.forEach(problem -> text.append('\n').append("  * ").append(problem));
        return text.toString();
    }
}
