package com.ecsplatform.synth;

import com.ecsplatform.testing.EngineLog;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the recording keeps of a registration: secrets masked, references and options by logical name. */
class RecordingTest {

    @Test
    void secretInputsAreWrittenOnlyMasked() {
        var graph = Synthesizer.run("test", ctx -> new Parameter("db-password", ParameterArgs.builder()
                .type("SecureString")
                .value(Output.ofSecret("hunter2-do-not-print"))
                .build()));

        var parameter = graph.require("db-password");
        assertThat(parameter.inputs().get("value").getAsString()).isEqualTo(Placeholders.SECRET);
        assertThat(SynthJson.render(graph)).doesNotContain("hunter2-do-not-print");
    }

    @Test
    void referencesAreWrittenByLogicalName() {
        var graph = Synthesizer.run("test", ctx -> {
            var first = new Parameter("first", ParameterArgs.builder().type("String").value("one").build());
            var second = new Parameter("second", ParameterArgs.builder().type("String").value(first.arn()).build());
            new Parameter("third", ParameterArgs.builder().type("String").value("three").build(),
                    CustomResourceOptions.builder().dependsOn(second).protect(true).ignoreChanges(List.of("value")).build());
        });

        assertThat(graph.require("second").inputs().get("value").getAsString()).isEqualTo("${first.arn}");
    }

    @Test
    void optionsAreRecordedWithOnlyExplicitDependenciesListed() {
        var graph = Synthesizer.run("test", ctx -> {
            var first = new Parameter("first", ParameterArgs.builder().type("String").value("one").build());
            var second = new Parameter("second", ParameterArgs.builder().type("String").value(first.arn()).build());
            new Parameter("third", ParameterArgs.builder().type("String").value("three").build(),
                    CustomResourceOptions.builder().dependsOn(second).protect(true).ignoreChanges(List.of("value")).build());
        });

        assertThat(graph.require("second").options().dependsOn()).as("implied by an input, not listed").isEmpty();
        var third = graph.require("third").options();
        assertThat(third.dependsOn()).containsExactly("second");
        assertThat(third.protect()).isTrue();
        assertThat(third.ignoreChanges()).containsExactly("value");
    }

    @Test
    void anAliasThatNamesNoParentKeepsTheResourcesOwnParent() {
        var graph = Synthesizer.run("test", ctx -> {
            var group = new Parameter("group", ParameterArgs.builder().type("String").value("g").build());
            new Parameter("rule", ParameterArgs.builder().type("String").value("r").build(),
                    CustomResourceOptions.builder().parent(group).aliases(Alias.builder().name("rule-with-port").build()).build());
        });

        assertThat(graph.require("rule").options().aliases()).singleElement().asString()
                .isEqualTo("urn:pulumi:test::ecs-platform::pulumi:pulumi:Stack$aws:ssm/parameter:Parameter$aws:ssm/parameter:Parameter::rule-with-port");
    }

    @Test
    void anAliasIsRecordedAsTheUrnTheResourceWasKnownBy() {
        var graph = Synthesizer.run("test", ctx -> new Parameter("new-name", ParameterArgs.builder().type("String").value("v").build(),
                CustomResourceOptions.builder().aliases(Alias.builder().name("old-name").build()).build()));

        assertThat(graph.require("new-name").options().aliases()).singleElement().asString()
                .endsWith("aws:ssm/parameter:Parameter::old-name");
        assertThat(SynthJson.render(graph)).contains("\"aliases\"");
    }

    @Test
    void anUnknownLookupFailsTheRunInsteadOfReturningNothing() {
        var logged = EngineLog.capture(() -> assertThatThrownBy(() -> Synthesizer.run("test",
                        ctx -> com.pulumi.aws.AwsFunctions.getRegion().applyValue(region -> region.name().length())))
                .hasMessageContaining("getRegion"));

        assertThat(logged).filteredOn(record -> record.getLevel() == Level.SEVERE).extracting(LogRecord::getMessage)
                .as("the engine reports the failure naming the lookup").anyMatch(message -> message.contains("getRegion"));
    }
}
