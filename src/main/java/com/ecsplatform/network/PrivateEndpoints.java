package com.ecsplatform.network;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The VPC endpoints that let container instances in private subnets work without NAT
 * ({@code natGateways: none}): interface endpoints for everything the ECS agent, image pulls, logs,
 * secrets and Session Manager call, and the S3 gateway endpoint ECR serves image layers through.
 * Each interface endpoint costs about as much per AZ as a small instance; NAT is usually cheaper
 * below a few hundred GB of traffic a month, which is why this is not the default.
 */
public final class PrivateEndpoints extends PlatformComponent {

    /**
     * Interface endpoints, by the service name's last part: the ECS agent ({@code ecs}, {@code ecs-agent},
     * {@code ecs-telemetry}), image pulls ({@code ecr.api}, {@code ecr.dkr}), the awslogs driver
     * ({@code logs}), task secrets ({@code ssm}, {@code secretsmanager}) and Session Manager
     * ({@code ssmmessages}, {@code ec2messages}).
     */
    public static final List<String> INTERFACE_SERVICES = List.of(
            "ecs", "ecs-agent", "ecs-telemetry", "ecr.api", "ecr.dkr", "logs", "ssm", "secretsmanager",
            "ssmmessages", "ec2messages");

    /** The endpoint ids, by service. */
    public final Map<String, Output<String>> endpointIds;

    public PrivateEndpoints(String name, PrivateEndpointsArgs args, ComponentResourceOptions options) {
        super("ecs-platform:network:PrivateEndpoints", name, args.tags(), options);
        var ids = new TreeMap<String, Output<String>>();

        for (String service : INTERFACE_SERVICES) {
            var endpoint = new VpcEndpoint(child(service.replace('.', '-')), VpcEndpointArgs.builder()
                    .vpcId(args.vpcId())
                    .serviceName(serviceName(args.region(), service))
                    .vpcEndpointType("Interface")
                    .privateDnsEnabled(true)
                    .subnetIds(Output.all(args.privateSubnetIds()))
                    .securityGroupIds(args.securityGroupId().applyValue(List::of))
                    .tags(tagsNamed(args.nameTagPrefix() + "-" + service))
                    .build(), childOptions());
            ids.put(service, endpoint.id());
        }
        var s3 = new VpcEndpoint(child("s3"), VpcEndpointArgs.builder()
                .vpcId(args.vpcId())
                .serviceName(serviceName(args.region(), "s3"))
                .vpcEndpointType("Gateway")
                .routeTableIds(Output.all(args.privateRouteTableIds()))
                .tags(tagsNamed(args.nameTagPrefix() + "-s3"))
                .build(), childOptions());
        ids.put("s3", s3.id());
        endpointIds = Collections.unmodifiableSortedMap(ids);

        registerOutputs(new HashMap<>(ids));
    }

    private static String serviceName(String region, String service) {
        return "com.amazonaws." + region + "." + service;
    }
}
