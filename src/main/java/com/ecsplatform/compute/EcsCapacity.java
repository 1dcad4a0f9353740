package com.ecsplatform.compute;

import com.ecsplatform.support.ManagedPolicies;
import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.autoscaling.Group;
import com.pulumi.aws.autoscaling.GroupArgs;
import com.pulumi.aws.autoscaling.inputs.GroupInstanceRefreshArgs;
import com.pulumi.aws.autoscaling.inputs.GroupInstanceRefreshPreferencesArgs;
import com.pulumi.aws.autoscaling.inputs.GroupLaunchTemplateArgs;
import com.pulumi.aws.autoscaling.inputs.GroupTagArgs;
import com.pulumi.aws.ec2.LaunchTemplate;
import com.pulumi.aws.ec2.LaunchTemplateArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingEbsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateIamInstanceProfileArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateMetadataOptionsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateMonitoringArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateTagSpecificationArgs;
import com.pulumi.aws.ecs.CapacityProvider;
import com.pulumi.aws.ecs.CapacityProviderArgs;
import com.pulumi.aws.ecs.Cluster;
import com.pulumi.aws.ecs.ClusterArgs;
import com.pulumi.aws.ecs.ClusterCapacityProviders;
import com.pulumi.aws.ecs.ClusterCapacityProvidersArgs;
import com.pulumi.aws.ecs.inputs.CapacityProviderAutoScalingGroupProviderArgs;
import com.pulumi.aws.ecs.inputs.CapacityProviderAutoScalingGroupProviderManagedScalingArgs;
import com.pulumi.aws.ecs.inputs.ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.aws.iam.InstanceProfile;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * The ECS cluster and the EC2 capacity behind it: an instance role, a hardened launch template on
 * the ECS-optimized AMI, an Auto Scaling group in the private subnets, and a capacity provider that
 * scales the group to the tasks' needs (managed scaling), drains instances before they go (managed
 * draining) and keeps busy ones from being scaled in (managed termination protection).
 */
public final class EcsCapacity extends PlatformComponent {

    /** The root device of the ECS-optimized Amazon Linux 2023 AMI. */
    private static final String ROOT_DEVICE = "/dev/xvda";
    private static final int MAXIMUM_SCALING_STEP = 10;

    /** The cluster's ARN. */
    public final Output<String> clusterArn;
    /** The cluster's name. */
    public final Output<String> clusterName;
    /** The capacity provider's name, for a service's capacity-provider strategy. */
    public final Output<String> capacityProviderName;
    /**
     * The cluster's capacity-provider association. A service must depend on it: otherwise ECS may
     * reject the service because the provider is not yet associated (aws/containers-roadmap#631).
     */
    public final ClusterCapacityProviders capacityProviderAssociation;

    public EcsCapacity(String name, EcsCapacityArgs args, ComponentResourceOptions options) {
        super("ecs-platform:compute:EcsCapacity", name, options);
        var cluster = args.cluster();

        var ecsCluster = new Cluster(child("cluster"), ClusterArgs.builder()
                .settings(ClusterSettingArgs.builder().name("containerInsights").value("enabled").build())
                .tags(nameTag(args.namePrefix()))
                .build(), childOptions());
        clusterArn = ecsCluster.arn();
        clusterName = ecsCluster.name();

        var instanceProfile = ec2InstanceProfile("instance",
                "ECS container instances: the ECS agent and SSM Session Manager, nothing else",
                List.of(ManagedPolicies.ECS_CONTAINER_INSTANCE, ManagedPolicies.SSM_MANAGED_INSTANCE_CORE));
        var launchTemplate = launchTemplate(args, ecsCluster, instanceProfile);
        var autoScalingGroup = autoScalingGroup(args, launchTemplate);

        var capacityProvider = new CapacityProvider(child("capacity-provider"), CapacityProviderArgs.builder()
                .autoScalingGroupProvider(CapacityProviderAutoScalingGroupProviderArgs.builder()
                        .autoScalingGroupArn(autoScalingGroup.arn())
                        .managedTerminationProtection("ENABLED")
                        .managedDraining("ENABLED")
                        .managedScaling(CapacityProviderAutoScalingGroupProviderManagedScalingArgs.builder()
                                .status("ENABLED")
                                .targetCapacity(cluster.targetCapacityPercent())
                                .instanceWarmupPeriod(cluster.instanceWarmupSeconds())
                                .minimumScalingStepSize(1)
                                .maximumScalingStepSize(MAXIMUM_SCALING_STEP)
                                .build())
                        .build())
                .tags(nameTag(args.namePrefix()))
                .build(), childOptions());
        capacityProviderName = capacityProvider.name();

        capacityProviderAssociation = new ClusterCapacityProviders(child("capacity-providers"), ClusterCapacityProvidersArgs.builder()
                .clusterName(ecsCluster.name())
                .capacityProviders(capacityProvider.name().applyValue(List::of))
                .defaultCapacityProviderStrategies(ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs.builder()
                        .capacityProvider(capacityProvider.name())
                        .weight(1)
                        .base(0)
                        .build())
                .build(), under(ecsCluster));

        registerOutputs(Map.of(
                "clusterArn", clusterArn,
                "clusterName", clusterName,
                "capacityProviderName", capacityProviderName));
    }

    private LaunchTemplate launchTemplate(EcsCapacityArgs args, Cluster ecsCluster, InstanceProfile instanceProfile) {
        var instanceTags = nameTag(args.namePrefix() + "-ecs");
        return new LaunchTemplate(child("launch-template"), LaunchTemplateArgs.builder()
                .description("ECS container instances of " + args.namePrefix())
                .imageId(args.amiId())
                .instanceType(args.cluster().instanceType())
                .keyName(args.keyName())
                .vpcSecurityGroupIds(args.instanceSecurityGroupId().applyValue(List::of))
                .iamInstanceProfile(LaunchTemplateIamInstanceProfileArgs.builder().arn(instanceProfile.arn()).build())
                .metadataOptions(LaunchTemplateMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        // Hop limit 1: IMDS replies die at the docker0 bridge, so bridge-mode containers
                        // cannot read the instance role's credentials; tasks use their task roles.
                        .httpPutResponseHopLimit(1)
                        .instanceMetadataTags("disabled")
                        .build())
                .blockDeviceMappings(LaunchTemplateBlockDeviceMappingArgs.builder()
                        .deviceName(ROOT_DEVICE)
                        .ebs(LaunchTemplateBlockDeviceMappingEbsArgs.builder()
                                .volumeType("gp3")
                                .volumeSize(args.cluster().rootVolumeGiB())
                                .encrypted("true")
                                .deleteOnTermination("true")
                                .build())
                        .build())
                .monitoring(LaunchTemplateMonitoringArgs.builder().enabled(true).build())
                .userData(ecsCluster.name().applyValue(clusterName ->
                        EcsUserData.base64(EcsUserData.agentSettings(clusterName, args.agentReservedMemoryMiB(), args.containerStopTimeoutSeconds()))))
                .tagSpecifications(
                        LaunchTemplateTagSpecificationArgs.builder().resourceType("instance").tags(instanceTags).build(),
                        LaunchTemplateTagSpecificationArgs.builder().resourceType("volume").tags(instanceTags).build())
                .updateDefaultVersion(true)
                .tags(instanceTags)
                .build(), childOptions());
    }

    private Group autoScalingGroup(EcsCapacityArgs args, LaunchTemplate launchTemplate) {
        var cluster = args.cluster();
        var groupTags = List.of(
                GroupTagArgs.builder().key("Name").value(args.namePrefix() + "-ecs").propagateAtLaunch(true).build(),
                // Required by ECS managed termination protection; the value is ignored.
                GroupTagArgs.builder().key("AmazonECSManaged").value("true").propagateAtLaunch(true).build());

        return new Group(child("asg"), GroupArgs.builder()
                .vpcZoneIdentifiers(Output.all(args.privateSubnetIds()))
                .minSize(cluster.minSize())
                .maxSize(cluster.maxSize())
                .desiredCapacity(cluster.desiredCapacity())
                .launchTemplate(GroupLaunchTemplateArgs.builder()
                        .id(launchTemplate.id())
                        .version(launchTemplate.latestVersion().applyValue(String::valueOf))
                        .build())
                .instanceRefresh(GroupInstanceRefreshArgs.builder()
                        .strategy("Rolling")
                        .preferences(GroupInstanceRefreshPreferencesArgs.builder()
                                // Launch the replacement before terminating: capacity never dips.
                                .minHealthyPercentage(100)
                                .maxHealthyPercentage(200)
                                .instanceWarmup(Integer.toString(cluster.instanceWarmupSeconds()))
                                .scaleInProtectedInstances("Refresh")
                                .skipMatching(true)
                                .build())
                        .build())
                .protectFromScaleIn(true)
                .healthCheckType("EC2")
                .defaultInstanceWarmup(cluster.instanceWarmupSeconds())
                .enabledMetrics("GroupDesiredCapacity", "GroupInServiceInstances", "GroupPendingInstances",
                        "GroupTerminatingInstances", "GroupTotalInstances")
                // Scale-in-protected instances would otherwise block `pulumi destroy` for good.
                .forceDelete(true)
                .tags(groupTags)
                .build(), CustomResourceOptions.builder()
                .parent(this)
                // Managed scaling owns the instance count after creation; `pulumi up` must not reset it.
                .ignoreChanges(List.of("desiredCapacity"))
                .build());
    }
}
