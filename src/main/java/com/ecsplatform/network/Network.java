package com.ecsplatform.network;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.iam.PolicyDocument.Statement;
import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.DefaultSecurityGroup;
import com.pulumi.aws.ec2.DefaultSecurityGroupArgs;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.FlowLog;
import com.pulumi.aws.ec2.FlowLogArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The VPC, laid out as awsx's {@code ec2.Vpc} does (awsx's component creates its children in its
 * plugin, where unit tests under mocks cannot see them; README, "Why not awsx"): one public and one
 * private subnet per AZ from {@link SubnetPlanner}, an internet gateway, NAT gateways per
 * {@link NatStrategy}, a route table per subnet, the default security group
 * stripped of its rules, and a flow log of all traffic. Parents mirror the topology: subnets under
 * the VPC, route tables under their subnet, routes under their table.
 */
public final class Network extends PlatformComponent {

    private static final String ANYWHERE = "0.0.0.0/0";

    /** The VPC's id. */
    public final Output<String> vpcId;
    /** Public subnet ids, in AZ order. */
    public final List<Output<String>> publicSubnetIds;
    /** Private subnet ids, in AZ order. */
    public final List<Output<String>> privateSubnetIds;
    /** The internet gateway, for whatever needs a public address only once it is attached. */
    public final InternetGateway internetGateway;
    /** Private route table ids, in AZ order (for gateway endpoints). */
    public final List<Output<String>> privateRouteTableIds;

    public Network(String name, NetworkArgs args, ComponentResourceOptions options) {
        super("ecs-platform:network:Network", name, options);

        var vpc = new Vpc(child("vpc"), VpcArgs.builder()
                .cidrBlock(args.vpcCidr().toString())
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(nameTag(args.namePrefix()))
                .build(), CustomResourceOptions.builder().parent(this).protect(args.protect()).build());
        vpcId = vpc.id();

        // An empty default group: anything launched without an explicit group gets no access at all.
        new DefaultSecurityGroup(child("default-sg"), DefaultSecurityGroupArgs.builder()
                .vpcId(vpc.id())
                .tags(nameTag(args.namePrefix() + "-default-deny"))
                .build(), under(vpc));

        // Always created, as awsx does: an internet gateway costs nothing and the public tier needs it.
        internetGateway = new InternetGateway(child("igw"), InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(nameTag(args.namePrefix()))
                .build(), under(vpc));

        var plan = SubnetPlanner.plan(args.vpcCidr(), args.azCount());
        var publicIds = new ArrayList<Output<String>>();
        var privateIds = new ArrayList<Output<String>>();
        var privateRouteTables = new ArrayList<Output<String>>();
        var natIds = new ArrayList<Output<String>>();
        for (var spec : plan) {
            var subnet = subnet(vpc, spec, args);
            var routeTable = new RouteTable(child(spec.resourceRole() + "-rt"), RouteTableArgs.builder()
                    .vpcId(vpc.id())
                    .tags(nameTag(spec.nameTag(args.namePrefix())))
                    .build(), under(subnet));
            new RouteTableAssociation(child(spec.resourceRole() + "-rta"), RouteTableAssociationArgs.builder()
                    .subnetId(subnet.id())
                    .routeTableId(routeTable.id())
                    .build(), under(routeTable));
            switch (spec.tier()) {
                case PUBLIC -> {
                    publicIds.add(subnet.id());
                    defaultRoute(routeTable, spec, RouteArgs.builder().gatewayId(internetGateway.id()));
                    if (args.natStrategy().hostsGateway(spec.azIndex())) {
                        natIds.add(natGateway(subnet, spec, args).id());
                    }
                }
                case PRIVATE -> {
                    privateIds.add(subnet.id());
                    privateRouteTables.add(routeTable.id());
                    int nat = args.natStrategy().gatewayFor(spec.azIndex());
                    if (nat >= 0) {
                        defaultRoute(routeTable, spec, RouteArgs.builder().natGatewayId(natIds.get(nat)));
                    }
                }
            }
        }
        publicSubnetIds = List.copyOf(publicIds);
        privateSubnetIds = List.copyOf(privateIds);
        privateRouteTableIds = List.copyOf(privateRouteTables);

        flowLog(vpc, args);

        registerOutputs(Map.of(
                "vpcId", vpcId,
                "publicSubnetIds", Output.all(publicSubnetIds),
                "privateSubnetIds", Output.all(privateSubnetIds)));
    }

    private Subnet subnet(Vpc vpc, SubnetSpec spec, NetworkArgs args) {
        return new Subnet(child(spec.resourceRole()), SubnetArgs.builder()
                .vpcId(vpc.id())
                .cidrBlock(spec.cidr().toString())
                .availabilityZone(args.availabilityZones().applyValue(spec::zone))
                // Public addresses are opted into per instance (the bastion), never handed out by the subnet.
                .mapPublicIpOnLaunch(false)
                .tags(nameTag(spec.nameTag(args.namePrefix())))
                .build(), under(vpc));
    }

    private NatGateway natGateway(Subnet publicSubnet, SubnetSpec spec, NetworkArgs args) {
        String role = "nat-" + spec.azIndex();
        var elasticIp = new Eip(child(role + "-eip"), EipArgs.builder()
                .domain("vpc")
                .tags(nameTag(args.namePrefix() + "-" + role))
                .build(), under(publicSubnet));
        return new NatGateway(child(role), NatGatewayArgs.builder()
                .allocationId(elasticIp.id())
                .subnetId(publicSubnet.id())
                .tags(nameTag(args.namePrefix() + "-" + role))
                .build(), CustomResourceOptions.builder()
                .parent(publicSubnet)
                // A NAT gateway only works once the VPC has its internet gateway attached.
                .dependsOn(internetGateway)
                .build());
    }

    private void defaultRoute(RouteTable routeTable, SubnetSpec spec, RouteArgs.Builder target) {
        new Route(child(spec.resourceRole() + "-default-route"), target
                .routeTableId(routeTable.id())
                .destinationCidrBlock(ANYWHERE)
                .build(), under(routeTable));
    }

    private void flowLog(Vpc vpc, NetworkArgs args) {
        var logGroup = new LogGroup(child("flow-logs"), LogGroupArgs.builder()
                .retentionInDays(args.flowLogRetentionDays())
                .tags(nameTag(args.namePrefix() + "-flow-logs"))
                .build(), CustomResourceOptions.builder().parent(this).retainOnDelete(args.retainLogsOnDelete()).build());
        var role = serviceRole("flow-logs", "Lets VPC Flow Logs write to " + args.namePrefix() + "'s flow log group",
                args.accountId().applyValue(account ->
                        PolicyDocument.trust("VpcFlowLogsAssumeRole", "vpc-flow-logs.amazonaws.com", account)));
        var writePermission = new RolePolicy(child("flow-logs-policy"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(logGroup.arn().applyValue(arn -> PolicyDocument.of(
                        Statement.allow("WriteFlowLogs",
                                List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                                List.of(arn + ":*")),
                        // Listing log groups has no resource-level permission.
                        Statement.allow("FindLogGroup", List.of("logs:DescribeLogGroups"), List.of("*"))).toJson()))
                .build(), under(role));
        new FlowLog(child("flow-log"), FlowLogArgs.builder()
                .vpcId(vpc.id())
                .trafficType("ALL")
                .logDestinationType("cloud-watch-logs")
                .logDestination(logGroup.arn())
                .iamRoleArn(role.arn())
                .maxAggregationInterval(60)
                .tags(nameTag(args.namePrefix()))
                .build(), CustomResourceOptions.builder().parent(vpc).dependsOn(writePermission).build());
    }

}
