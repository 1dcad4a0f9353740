package com.ecsplatform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One message per schema keyword, rendered from the keyword, its schema and the value: the key, the
 * value unless secret, the range or the allowed values, a suggestion.
 */
@DisplayName("SchemaMessages")
class SchemaMessagesTest {

    private static String render(String keyword, String schema, String value) {
        return new SchemaMessages(new Problems(Set.of())).render("ecs-platform:x", keyword, json(schema), json(value));
    }

    private static String renderSecret(String keyword, String schema, String value) {
        return new SchemaMessages(new Problems(Set.of("ecs-platform:x"))).render("ecs-platform:x", keyword, json(schema), json(value));
    }

    /** The problems the schema alone finds in {@code config} (fully qualified key to value, as JSON). */
    private static List<ConfigProblem> violations(String config) {
        var problems = new Problems(Set.of());
        ConfigSchema.validate((ObjectNode) json(config), problems);
        try {
            problems.throwIfAny("Pulumi.dev.yaml");
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        }
    }

    private static JsonNode json(String text) {
        try {
            return ConfigSchema.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Test
    void typeNamesTheExpectedKindAndTheValueGiven() {
        assertThat(render("type", "{\"type\": \"integer\"}", "\"lots\"")).isEqualTo("must be a whole number, got \"lots\"");
    }

    @Test
    void typeOfAMapSaysMapOfNamesToStrings() {
        assertThat(render("type", "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}", "[1]"))
                .isEqualTo("must be a map of names to strings, got a list");
    }

    @Test
    void minimumAloneStatesTheLowerBound() {
        assertThat(render("minimum", "{\"minimum\": 128, \"message\": {\"minimum\": \"memory is in MiB\"}}", "64"))
                .isEqualTo("must be at least 128, got 64; memory is in MiB");
    }

    @Test
    void maximumWithAMinimumStatesTheRange() {
        assertThat(render("maximum", "{\"minimum\": 1, \"maximum\": 100}", "101")).isEqualTo("must be between 1 and 100, got 101");
    }

    @Test
    void maximumAloneStatesTheUpperBound() {
        assertThat(render("maximum", "{\"maximum\": 100}", "101")).isEqualTo("must be at most 100, got 101");
    }

    @Test
    void enumListsTheValuesAndSuggestsTheNearest() {
        assertThat(render("enum", "{\"enum\": [\"none\", \"single\", \"perAz\"], \"message\": {\"enum\": \"is not a NAT strategy\"}}",
                "\"singel\"")).isEqualTo("\"singel\" is not a NAT strategy: use none, single, perAz; did you mean single?");
    }

    @Test
    void enumOfNumbersSuggestsTheNearestNumber() {
        assertThat(render("enum", "{\"enum\": [1, 3, 5, 7, 14, 30]}", "13")).endsWith("use one of 1, 3, 5, 7, 14, 30; did you mean 14?");
    }

    @Test
    void enumNeverSuggestsFromASecret() {
        assertThat(renderSecret("enum", "{\"enum\": [\"dev\", \"prod\"]}", "\"Prod\"")).isEqualTo("[secret] is not allowed: use dev or prod");
    }

    @Test
    void patternUsesTheSchemasSentence() {
        assertThat(render("pattern", "{\"pattern\": \"^\\\\S+$\", \"message\": {\"pattern\": \"must not contain whitespace\"}}",
                "\"nginx :1\"")).isEqualTo("\"nginx :1\" must not contain whitespace");
    }

    @Test
    void patternWithoutASentenceNamesThePattern() {
        assertThat(render("pattern", "{\"pattern\": \"^a\"}", "\"b\"")).isEqualTo("\"b\" does not match ^a");
    }

    @Test
    void patternWhoseSentenceHidesTheValueDoesNotQuoteIt() {
        assertThat(render("pattern", "{\"pattern\": \"^arn:\", \"message\": {\"pattern\": \"must be an ARN; the value is not shown\"}}",
                "\"hunter2\"")).isEqualTo("must be an ARN; the value is not shown");
    }

    @Test
    void maxLengthCountsTheCharactersWithoutQuotingThem() {
        assertThat(render("maxLength", "{\"maxLength\": 3}", "\"abcd\"")).isEqualTo("is 4 characters long; at most 3 are allowed");
    }

    @Test
    void minLengthUsesTheSchemasSentence() {
        assertThat(render("minLength", "{\"minLength\": 1, \"message\": {\"minLength\": \"must not be empty; leave it out\"}}", "\"\""))
                .isEqualTo("must not be empty; leave it out");
    }

    @Test
    void maxItemsCountsTheItems() {
        assertThat(render("maxItems", "{\"maxItems\": 1}", "[1, 2]")).isEqualTo("has 2 items; at most 1");
    }

    @Test
    void requiredNamesTheMissingFieldAndWhatToSet() {
        assertThat(violations("{\"ecs-platform:profile\": \"dev\", \"ecs-platform:sshPublicKey\": \"ssh-ed25519 AAAA a\","
                + " \"ecs-platform:service\": {}}"))
                .containsExactly(new ConfigProblem("ecs-platform:service.image",
                        "is required: the container image to run, for example nginxinc/nginx-unprivileged:1.27-alpine"));
    }

    @Test
    void additionalPropertiesSuggestsTheNearestField() {
        assertThat(violations(valid("\"ecs-platform:cluster\": {\"minSise\": 1}")))
                .containsExactly(new ConfigProblem("ecs-platform:cluster.minSise", "unknown field; did you mean minSize?"));
    }

    @Test
    void additionalPropertiesListsTheKeysWhenNoneIsNear() {
        assertThat(violations(valid("\"ecs-platform:loadBalancerIdleTimeout\": 60"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("unknown key; the ecs-platform keys are profile, vpcCidr"));
    }

    @Test
    void uniqueItemsReportsTheRepeatNamingTheFirst() {
        assertThat(violations(valid("\"ecs-platform:bastion\": {\"allowedCidrs\": [\"203.0.113.0/24\", \"203.0.113.0/24\"]}")))
                .containsExactly(new ConfigProblem("ecs-platform:bastion.allowedCidrs[1]", "repeats allowedCidrs[0]; list each value once"));
    }

    @Test
    void propertyNamesReportsTheEntryWithTheRule() {
        assertThat(violations(valid("\"ecs-platform:tags\": {\"aws:team\": \"x\"}")))
                .containsExactly(new ConfigProblem("ecs-platform:tags.aws:team",
                        "the aws: prefix is reserved for AWS's own tags; choose another key"));
    }

    @Test
    void propertyNamesStatesTheLengthOfAName() {
        assertThat(violations(valid("\"ecs-platform:tags\": {\"" + "k".repeat(129) + "\": \"x\"}"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("tag keys must be 1 to 128 characters long, got 129"));
    }

    @Test
    void aViolationInsideAListCarriesTheIndex() {
        assertThat(violations(valid("\"ecs-platform:service\": {\"image\": \"nginx:1\", \"writablePaths\": [\"/tmp\", \"var\"]}")))
                .containsExactly(new ConfigProblem("ecs-platform:service.writablePaths[1]", "\"var\" is not an absolute path (like /tmp)"));
    }

    /** The required keys, valid, and {@code extra} (JSON object members). */
    private static String valid(String extra) {
        return "{\"ecs-platform:profile\": \"dev\", \"ecs-platform:sshPublicKey\": \"ssh-ed25519 AAAA a\","
                + (extra.contains("\"ecs-platform:service\"") ? "" : " \"ecs-platform:service\": {\"image\": \"nginx:1\"},")
                + " " + extra + "}";
    }
}
