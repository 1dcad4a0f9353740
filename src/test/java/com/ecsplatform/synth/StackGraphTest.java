package com.ecsplatform.synth;

import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.ecsplatform.testing.Inputs.has;
import static com.ecsplatform.testing.Inputs.stringMap;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the whole graph: identity, ownership, tagging (determinism: {@link SnapshotTest}). */
class StackGraphTest {

    /** Types AWS does not tag, or that take tags in another shape. */
    private static final Set<String> UNTAGGED = Set.of(
            "aws:ec2/route:Route", "aws:ec2/routeTableAssociation:RouteTableAssociation",
            "aws:iam/rolePolicy:RolePolicy", "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
            "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders", "aws:appautoscaling/policy:Policy",
            "aws:appautoscaling/scheduledAction:ScheduledAction",
            "aws:acm/certificateValidation:CertificateValidation", "aws:route53/record:Record",
            "aws:autoscaling/group:Group", "aws:sns/topicSubscription:TopicSubscription",
            "aws:cloudwatch/eventTarget:EventTarget", "aws:sns/topicPolicy:TopicPolicy",
            "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
            "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "aws:s3/bucketPolicy:BucketPolicy");

    @Test
    void everyLogicalNameIsUniqueWithinTheStack() {
        for (var graph : Stacks.both()) {
            var names = graph.resources().stream().map(RegisteredResource::name).toList();
            assertThat(names).as(graph.stack()).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyResourceBelongsToAComponentAndEveryComponentToTheStack() {
        for (var graph : Stacks.both()) {
            for (var resource : graph.resources()) {
                if (resource.type().equals("pulumi:pulumi:Stack")) {
                    assertThat(resource.parent()).isNull();
                } else if (!resource.custom()) {
                    // A box of the diagram sits under the stack; a part of a box (the database's alarms) under its box.
                    String parentType = resource.parent().substring(resource.parent().lastIndexOf('$') + 1);
                    assertThat(parentType).as(resource.name()).matches("(urn:pulumi:.*::)?pulumi:pulumi:Stack::.*|ecs-platform:[^:]+:[^:]+::.*");
                    assertThat(resource.type()).as(resource.name()).startsWith("ecs-platform:");
                } else {
                    assertThat(resource.urn()).as("%s is created inside a component", resource.name()).contains("$ecs-platform:");
                }
            }
        }
    }

    @Test
    void everyTaggableResourceCarriesTheStandardTags() {
        for (var graph : Stacks.both()) {
            graph.where(r -> r.custom() && !UNTAGGED.contains(r.type())).forEach(resource -> {
                assertThat(has(resource, "tags")).as("%s (%s) has tags", resource.name(), resource.type()).isTrue();
                assertThat(stringMap(resource, "tags")).as(resource.name())
                        .containsEntry("Project", "ecs-platform")
                        .containsEntry("Stack", graph.stack())
                        .containsEntry("ManagedBy", "pulumi");
            });
        }
    }

    @Test
    void stackTagsFromConfigWinOverNothingButAddToTheStandardOnes() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:tags", java.util.Map.of("CostCenter", "platform-42")));

        assertThat(stringMap(graph.require("net-vpc"), "tags")).containsEntry("CostCenter", "platform-42").containsEntry("Project", "ecs-platform");
    }

    @Test
    void theSynthNeverContainsALiteralSecretValue() {
        String json = SynthJson.render(Stacks.prod());

        assertThat(json).doesNotContain("PRIVATE KEY");
        assertThat(json).contains(ConfigFixtures.DB_PASSWORD_PARAMETER).as("secrets travel as references only");
    }
}
