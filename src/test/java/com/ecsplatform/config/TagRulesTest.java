package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:tags")
class TagRulesTest {

    private static final String TAGS = "ecs-platform:tags";

    @Test
    void readsTagsTakingNumbersAsText() {
        var values = set(devRaw(), TAGS, fields("CostCenter", 4711, "Owner", "platform-team@example.com", "Team", "Plat form"));

        assertThat(StackConfigLoader.load(raw(values)).tags())
                .isEqualTo(Map.of("CostCenter", "4711", "Owner", "platform-team@example.com", "Team", "Plat form"));
    }

    @Test
    void rejectsTheReservedAwsPrefixInAnyCase() {
        assertOnlyProblem(set(devRaw(), TAGS, fields("aws:owner", "me")), TAGS + ".aws:owner",
                "the aws: prefix is reserved for AWS's own tags");
        assertOnlyProblem(set(devRaw(), TAGS, fields("AWS:Owner", "me")), TAGS + ".AWS:Owner", "the aws: prefix is reserved");
    }

    @Test
    void rejectsKeyLongerThan128Characters() {
        String key = "k".repeat(129);

        assertOnlyProblem(set(devRaw(), TAGS, fields(key, "v")), TAGS + "." + key,
                "tag keys must be 1 to 128 characters long, got 129");
    }

    @Test
    void rejectsValueLongerThan256Characters() {
        assertOnlyProblem(set(devRaw(), TAGS, fields("Note", "v".repeat(257))), TAGS + ".Note",
                "is 257 characters long; tag values have at most 256");
    }

    @Test
    void rejectsCharactersAwsDoesNotAllow() {
        assertOnlyProblem(set(devRaw(), TAGS, fields("Team*", "platform")), TAGS + ".Team*",
                "tag keys may contain only letters, digits, spaces and _ . : / = + - @");
        assertOnlyProblem(set(devRaw(), TAGS, fields("Team", "platform!")), TAGS + ".Team", "the value may contain only");
    }

    @Test
    void rejectsTagsThatAreNotAMap() {
        assertOnlyProblem(set(devRaw(), TAGS, "Team=platform"), TAGS, "must be a map of names to strings, got \"Team=platform\"");
    }
}
