package com.ecsplatform.network;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * The VPC endpoints that let container instances in private subnets work without NAT
 * ({@code natGateways: none}): one endpoint for every AWS API that software on the instances calls,
 * from the one list {@link #ENDPOINTS}. Each interface endpoint costs about as much per AZ as a small
 * instance; NAT is usually cheaper below a few hundred GB of traffic a month, which is why this is
 * not the default.
 */
public final class PrivateEndpoints extends PlatformComponent {

    /** Interface endpoints get network interfaces in the subnets; gateway endpoints are routes. */
    public enum Kind { INTERFACE, GATEWAY }

    /**
     * One AWS API the instances reach through the VPC.
     *
     * @param service the service name's last part ({@code com.amazonaws.<region>.<service>})
     * @param kind    interface or gateway endpoint
     * @param caller  who calls it and why
     */
    public record Endpoint(String service, Kind kind, String caller) {
    }

    /**
     * Every AWS API the container instances and the bastion-less SSM path call. Sources: ECS Developer
     * Guide, "Amazon ECS interface VPC endpoints" and "Amazon ECR interface VPC endpoints"; Systems
     * Manager User Guide, "Use VPC endpoints"; amazon-ecs-agent {@code agent/app/agent.go}.
     */
    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("ecs", Kind.INTERFACE, "ECS agent: registers the instance in ECS_CLUSTER and reports task state"),
            new Endpoint("ecs-agent", Kind.INTERFACE, "ECS agent: receives tasks to run (its ACS connection)"),
            new Endpoint("ecs-telemetry", Kind.INTERFACE, "ECS agent: sends metrics and Container Insights data"),
            new Endpoint("ec2", Kind.INTERFACE, "ECS agent: reads the instance's tags (EC2 DescribeTags) before it"
                    + " registers, because ECS_CONTAINER_INSTANCE_PROPAGATE_TAGS_FROM=ec2_instance; a failure there"
                    + " stops the agent (amazon-ecs-agent agent/app/agent.go)"),
            new Endpoint("ecr.api", Kind.INTERFACE, "image pulls: the agent's ECR authorization token"),
            new Endpoint("ecr.dkr", Kind.INTERFACE, "image pulls: the registry's manifests"),
            new Endpoint("s3", Kind.GATEWAY, "image pulls: ECR serves image layers from S3"),
            new Endpoint("logs", Kind.INTERFACE, "the awslogs log driver: task output to CloudWatch Logs"),
            new Endpoint("ssm", Kind.INTERFACE, "ECS agent: task secrets from SSM parameters; SSM agent: registration"),
            new Endpoint("secretsmanager", Kind.INTERFACE, "ECS agent: task secrets from Secrets Manager"),
            new Endpoint("ssmmessages", Kind.INTERFACE, "SSM agent: Session Manager's data channel"),
            new Endpoint("ec2messages", Kind.INTERFACE, "SSM agent: commands and Session Manager's control channel"));

    public PrivateEndpoints(String name, PrivateEndpointsArgs args, ComponentResourceOptions options) {
        super("ecs-platform:network:PrivateEndpoints", name, options);
        for (Endpoint endpoint : ENDPOINTS) {
            endpoint(args, endpoint);
        }
        registerOutputs(Map.of());
    }

    private VpcEndpoint endpoint(PrivateEndpointsArgs args, Endpoint endpoint) {
        var builder = VpcEndpointArgs.builder()
                .vpcId(args.vpcId())
                .serviceName(serviceName(args.region(), endpoint.service()))
                .tags(nameTag(args.namePrefix() + "-" + endpoint.service()));
        switch (endpoint.kind()) {
            case INTERFACE -> builder
                    .vpcEndpointType("Interface")
                    .privateDnsEnabled(true)
                    .subnetIds(Output.all(args.privateSubnetIds()))
                    .securityGroupIds(args.securityGroupId().applyValue(List::of));
            case GATEWAY -> builder
                    .vpcEndpointType("Gateway")
                    .routeTableIds(Output.all(args.privateRouteTableIds()));
        }
        return new VpcEndpoint(child(endpoint.service().replace('.', '-')), builder.build(), childOptions());
    }

    private static String serviceName(String region, String service) {
        return "com.amazonaws." + region + "." + service;
    }
}
