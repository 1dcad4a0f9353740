package com.ecsplatform.config;

import com.ecsplatform.testing.ConfigFixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the problems a set of raw values produces. */
final class ConfigAssertions {

    private ConfigAssertions() {
    }

    /** Loading {@code values} reports exactly one problem, at {@code key}, whose message has every fragment. */
    static ConfigProblem assertOnlyProblem(Map<String, String> values, String key, String... fragments) {
        List<ConfigProblem> problems = ConfigFixtures.problems(values);
        assertThat(problems).as("problems").hasSize(1);
        ConfigProblem problem = problems.get(0);
        assertThat(problem.key()).as("key of " + problem).isEqualTo(key);
        assertThat(problem.message()).as("message").contains(fragments);
        return problem;
    }

    /** Loading {@code values} reports, among others, a problem at {@code key} whose message has every fragment. */
    static void assertHasProblem(Map<String, String> values, String key, String... fragments) {
        assertThat(ConfigFixtures.problems(values)).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo(key);
            assertThat(problem.message()).contains(fragments);
        });
    }

    /** {@code values} load without problems. */
    static void assertLoads(Map<String, String> values) {
        assertThat(ConfigFixtures.problems(values)).as("problems").isEmpty();
    }
}
