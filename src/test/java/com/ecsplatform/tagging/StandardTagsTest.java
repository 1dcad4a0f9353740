package com.ecsplatform.tagging;

import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonElement;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.stringMap;
import static org.assertj.core.api.Assertions.assertThat;

/** The stack's standard tags reach every taggable resource, whichever component registers it. */
class StandardTagsTest {

    @Test
    void everyTaggableResourceCarriesTheStandardTags() {
        for (var graph : Stacks.both()) {
            var taggable = graph.where(resource -> resource.custom() && hasTagsMap(resource.type()));
            assertThat(taggable).as("%s has taggable resources", graph.stack()).hasSizeGreaterThan(30);
            taggable.forEach(resource -> assertThat(stringMap(resource, "tags"))
                    .as("%s (%s)", resource.name(), resource.type())
                    .containsAllEntriesOf(standardTags(graph)));
        }
    }

    @Test
    void theInstancesTheClusterLaunchesCarryTheStandardTags() {
        for (var graph : Stacks.both()) {
            var propagated = new HashMap<String, String>();
            at(graph.require("compute-asg"), "tags").getAsJsonArray().forEach(tag -> {
                var entry = tag.getAsJsonObject();
                if (entry.get("propagateAtLaunch").getAsBoolean()) {
                    propagated.put(entry.get("key").getAsString(), entry.get("value").getAsString());
                }
            });

            assertThat(propagated).as(graph.stack()).containsAllEntriesOf(standardTags(graph))
                    .containsEntry("Name", "ecs-platform-" + graph.stack() + "-ecs");
        }
    }

    @Test
    void everythingLaunchedFromTheTemplateCarriesTheStandardTags() {
        for (var graph : Stacks.both()) {
            var specifications = at(graph.require("compute-launch-template"), "tagSpecifications").getAsJsonArray();

            assertThat(specifications).as(graph.stack()).hasSize(2);
            for (JsonElement specification : specifications) {
                assertThat(tagsOf(specification)).as(graph.stack()).containsAllEntriesOf(standardTags(graph))
                        .containsEntry("Name", "ecs-platform-" + graph.stack() + "-ecs");
            }
        }
    }

    @Test
    void theBastionsVolumesCarryTheStandardTags() {
        var graph = Stacks.dev();

        assertThat(stringMap(graph.require("access-bastion"), "volumeTags")).containsAllEntriesOf(standardTags(graph));
    }

    @Test
    void stackTagsFromConfigAreAddedToTheStandardOnes() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:tags", Map.of("CostCenter", "platform-42")));

        assertThat(stringMap(graph.require("net-vpc"), "tags")).containsEntry("CostCenter", "platform-42").containsEntry("Project", "ecs-platform");
    }

    @Test
    void aResourcesOwnNameTagWinsOverAStackTagOfTheSameKey() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:tags", Map.of("Name", "from-config")));

        assertThat(stringMap(graph.require("net-vpc"), "tags")).containsEntry("Name", "ecs-platform-dev");
    }

    /** The tags every stack carries whatever its config says. */
    private static Map<String, String> standardTags(SynthResult graph) {
        return Map.of("Project", "ecs-platform", "Stack", graph.stack(), "ManagedBy", "pulumi");
    }

    private static Map<String, String> tagsOf(JsonElement specification) {
        var tags = new HashMap<String, String>();
        specification.getAsJsonObject().getAsJsonObject("tags").entrySet()
                .forEach(entry -> tags.put(entry.getKey(), entry.getValue().getAsString()));
        return tags;
    }

    /**
     * Whether the AWS provider's schema gives the type a {@code tags} map, read from the SDK the program
     * compiles against ({@code aws:ec2/vpc:Vpc} is {@code com.pulumi.aws.ec2.Vpc} with {@code VpcArgs}), so a
     * new resource type is covered without editing a list. The Auto Scaling group's tags are a list, covered above.
     */
    private static boolean hasTagsMap(String type) {
        String[] parts = type.split(":");
        if (!parts[0].equals("aws") || type.equals("aws:autoscaling/group:Group")) {
            return false;
        }
        String module = parts[1].substring(0, parts[1].indexOf('/'));
        String pkg = module.equals("index") ? "com.pulumi.aws" : "com.pulumi.aws." + module;
        try {
            var resourceClass = Class.forName(pkg + "." + parts[2]);
            assertThat(resourceClass.getAnnotation(ResourceType.class).type()).isEqualTo(type);
            var argsClass = Class.forName(pkg + "." + parts[2] + "Args");
            return Arrays.stream(argsClass.getDeclaredFields())
                    .map(field -> field.getAnnotation(Import.class))
                    .anyMatch(input -> input != null && input.name().equals("tags"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no SDK class for " + type, e);
        }
    }
}
