package com.ecsplatform.compute;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.aws.InstanceTypes;
import com.ecsplatform.service.ContainerDefinition;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.bool;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static com.ecsplatform.testing.Inputs.strings;
import static org.assertj.core.api.Assertions.assertThat;

class EcsCapacityStackTest {

    @Test
    void instancesRequireImdsV2WithHopLimitOneSoBridgeContainersCannotReachInstanceCredentials() {
        var template = Stacks.dev().require("compute-launch-template");

        assertThat(string(template, "metadataOptions.httpTokens")).isEqualTo("required");
        assertThat(integer(template, "metadataOptions.httpPutResponseHopLimit")).isEqualTo(1);
    }

    @Test
    void theRootVolumeIsEncryptedGp3OfTheConfiguredSize() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:cluster.rootVolumeGiB", 50));
        JsonElement mapping = at(graph.require("compute-launch-template"), "blockDeviceMappings").getAsJsonArray().get(0);

        var ebs = mapping.getAsJsonObject().getAsJsonObject("ebs");
        assertThat(ebs.get("encrypted").getAsString()).isEqualTo("true");
        assertThat(ebs.get("volumeType").getAsString()).isEqualTo("gp3");
        assertThat(ebs.get("volumeSize").getAsInt()).isEqualTo(50);
        assertThat(mapping.getAsJsonObject().get("deviceName").getAsString()).isEqualTo("/dev/xvda");
    }

    @Test
    void theLaunchTemplateBootsTheEcsOptimizedAmiOnTheDefaultInstanceType() {
        var template = Stacks.dev().require("compute-launch-template");

        assertThat(string(template, "imageId"))
                .isEqualTo("${lookup:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id}");
        assertThat(string(template, "instanceType")).isEqualTo("t3.small");
    }

    @Test
    void theLaunchTemplateGivesInstancesTheirIdentity() {
        var template = Stacks.dev().require("compute-launch-template");

        assertThat(strings(template, "vpcSecurityGroupIds")).containsExactly("${firewall-instances.id}");
        assertThat(string(template, "keyName")).isEqualTo("${access-key.keyName}");
        assertThat(string(template, "iamInstanceProfile.arn")).isEqualTo("${compute-instance-profile.arn}");
    }

    @Test
    void theLaunchTemplateTurnsOnDetailedMonitoring() {
        var template = Stacks.dev().require("compute-launch-template");

        assertThat(bool(template, "monitoring.enabled")).isTrue();
    }

    @Test
    void theAgentWaitsAsLongAfterSigtermAsTheContainerDefinitionSays() {
        for (var graph : Stacks.both()) {
            String userData = userData(graph);
            var container = ContainerDefinition.fromJson(
                    string(graph.require("web-task"), "containerDefinitions")).get(0);
            assertThat(userData).as(graph.stack()).contains("ECS_CONTAINER_STOP_TIMEOUT=" + container.stopTimeout() + "s");
        }
    }

    @Test
    void theAgentReservesTheMemoryTheTaskFitCheckSubtracts() {
        for (var graph : Stacks.both()) {
            assertThat(userData(graph)).as(graph.stack()).contains("ECS_RESERVED_MEMORY=" + InstanceTypes.ECS_RESERVED_MEMORY_MIB + "\n");
        }
    }

    @Test
    void capacityProviderNamesAvoidThePrefixesEcsReserves() {
        for (var graph : Stacks.both()) {
            graph.ofType("aws:ecs/capacityProvider:CapacityProvider").forEach(provider ->
                    assertThat(provider.name()).as("auto-named after the logical name %s", provider.name())
                            .doesNotStartWith("aws").doesNotStartWith("ecs").doesNotStartWith("fargate"));
        }
    }

    @Test
    void aPinnedAmiIdReplacesTheLookup() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:cluster.amiId", "ami-0123456789abcdef0"));

        assertThat(string(graph.require("compute-launch-template"), "imageId")).isEqualTo("ami-0123456789abcdef0");
    }

    @Test
    void userDataJoinsTheCluster() {
        String userData = userData(Stacks.dev());

        assertThat(userData).startsWith("#cloud-config").contains("ECS_CLUSTER=${compute-cluster.name}");
    }

    @Test
    void userDataKeepsContainersOffTheHostsPrivileges() {
        String userData = userData(Stacks.dev());

        assertThat(userData).contains("ECS_DISABLE_PRIVILEGED=true").contains("ECS_ENABLE_TASK_IAM_ROLE=true");
    }

    @Test
    void theAutoScalingGroupRunsOnlyInPrivateSubnets() {
        for (var graph : Stacks.both()) {
            var privateSubnets = graph.ofType("aws:ec2/subnet:Subnet").stream()
                    .filter(s -> s.name().contains("private")).map(s -> "${" + s.name() + ".id}").toList();
            assertThat(strings(graph.require("compute-asg"), "vpcZoneIdentifiers")).as(graph.stack())
                    .containsExactlyInAnyOrderElementsOf(privateSubnets);
        }
    }

    @Test
    void theGroupFollowsTheTemplatesLatestVersion() {
        var group = Stacks.prod().require("compute-asg");

        assertThat(string(group, "launchTemplate.id")).isEqualTo("${compute-launch-template.id}");
        assertThat(group.inputDependencies().get("launchTemplate")).as("the group follows this template")
                .containsExactly("compute-launch-template");
        assertThat(string(group, "launchTemplate.version")).isNotEqualTo("$Latest");
    }

    @Test
    void theGroupRefreshesWithoutLosingCapacity() {
        var group = Stacks.prod().require("compute-asg");

        assertThat(bool(group, "instanceRefresh.preferences.skipMatching")).isTrue();
        assertThat(string(group, "instanceRefresh.preferences.scaleInProtectedInstances")).isEqualTo("Refresh");
        assertThat(string(group, "instanceRefresh.strategy")).isEqualTo("Rolling");
        assertThat(integer(group, "instanceRefresh.preferences.minHealthyPercentage")).isEqualTo(100);
        assertThat(integer(group, "minSize")).isEqualTo(3);
        assertThat(integer(group, "maxSize")).isEqualTo(6);
        assertThat(integer(group, "desiredCapacity")).isEqualTo(3);
    }

    @Test
    void theGroupSupportsManagedTerminationProtection() {
        var group = Stacks.dev().require("compute-asg");

        assertThat(bool(group, "protectFromScaleIn")).isTrue();
        Map<String, Boolean> propagated = new HashMap<>();
        at(group, "tags").getAsJsonArray().forEach(tag -> propagated.put(
                tag.getAsJsonObject().get("key").getAsString(), tag.getAsJsonObject().get("propagateAtLaunch").getAsBoolean()));
        assertThat(propagated).containsEntry("AmazonECSManaged", true).containsEntry("Name", true);
        assertThat(group.options().ignoreChanges()).as("pulumi up never resets what scaling changed").contains("desiredCapacity");
    }

    @Test
    void theGroupCanStillBeDestroyedWithProtectedInstances() {
        var group = Stacks.dev().require("compute-asg");

        assertThat(bool(group, "forceDelete")).isTrue();
    }

    @Test
    void theCapacityProviderTakesOverEveryManagedFeatureOfTheGroup() {
        var provider = Stacks.prod().require("compute-capacity-provider");

        assertThat(string(provider, "autoScalingGroupProvider.autoScalingGroupArn")).isEqualTo("${compute-asg.arn}");
        assertThat(string(provider, "autoScalingGroupProvider.managedTerminationProtection")).isEqualTo("ENABLED");
        assertThat(string(provider, "autoScalingGroupProvider.managedDraining")).isEqualTo("ENABLED");
        assertThat(string(provider, "autoScalingGroupProvider.managedScaling.status")).isEqualTo("ENABLED");
        assertThat(integer(provider, "autoScalingGroupProvider.managedScaling.targetCapacity")).isEqualTo(80);
        assertThat(integer(provider, "autoScalingGroupProvider.managedScaling.instanceWarmupPeriod")).isEqualTo(180);
    }

    @Test
    void theClusterUsesTheProviderByDefault() {
        var dev = Stacks.dev();
        var association = dev.require("compute-capacity-providers");

        assertThat(string(association, "clusterName")).isEqualTo("${compute-cluster.name}");
        assertThat(strings(association, "capacityProviders")).containsExactly("${compute-capacity-provider.name}");
        var strategy = at(association, "defaultCapacityProviderStrategies").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(strategy.get("capacityProvider").getAsString()).isEqualTo("${compute-capacity-provider.name}");
    }

    @Test
    void theClusterHasContainerInsights() {
        var dev = Stacks.dev();

        var setting = at(dev.require("compute-cluster"), "settings").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(setting.get("name").getAsString()).isEqualTo("containerInsights");
        assertThat(setting.get("value").getAsString()).isEqualTo("enabled");
    }

    @Test
    void instancesLaunchOnlyOnceTheirRoleHasItsPolicies() {
        assertThat(Stacks.dev().require("compute-instance-profile").options().dependsOn())
                .containsExactlyInAnyOrder("compute-instance-ecs-policy", "compute-instance-ssm-policy");
        assertThat(Stacks.dev().require("access-bastion-profile").options().dependsOn())
                .containsExactly("access-bastion-ssm-policy");
    }

    @Test
    void theInstanceRoleIsForEc2WithOnlyTheAgentsManagedPolicies() {
        var dev = Stacks.dev();
        var trust = PolicyDocument.fromJson(string(dev.require("compute-instance-role"), "assumeRolePolicy"));

        assertThat(trust.statement()).singleElement().satisfies(s -> assertThat(s.principal()).containsEntry("Service", "ec2.amazonaws.com"));
        assertThat(dev.where(r -> r.type().equals("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
                        && string(r, "role").equals("${compute-instance-role.name}")))
                .extracting(r -> string(r, "policyArn"))
                .containsExactlyInAnyOrder(
                        "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
                        "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
        assertThat(dev.where(r -> r.type().equals("aws:iam/rolePolicy:RolePolicy") && string(r, "role").contains("compute-instance"))).isEmpty();
    }

    /** The launch template's user data, decoded. */
    private static String userData(SynthResult graph) {
        return new String(Base64.getDecoder().decode(string(graph.require("compute-launch-template"), "userData")),
                StandardCharsets.UTF_8);
    }
}
