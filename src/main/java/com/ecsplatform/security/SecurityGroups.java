package com.ecsplatform.security;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.HashMap;
import java.util.function.Consumer;
import java.util.Optional;

/**
 * The security-group chain: internet → ALB → container instances (→ database tier), and bastion →
 * instances on SSH only. Every permission is stated once as intent ({@link #allow}) and becomes an
 * ingress rule on the receiving group plus the matching egress rule on the sending group, each its
 * own resource referencing the other group, never a CIDR. Groups start with no rules at all (the
 * provider removes AWS's default allow-all egress), so whatever is not listed here is denied.
 */
public final class SecurityGroups extends PlatformComponent {

    private static final String ANYWHERE_IPV4 = "0.0.0.0/0";

    /** The load balancer's group. */
    public final Output<String> albSecurityGroupId;
    /** The container instances' group. */
    public final Output<String> instanceSecurityGroupId;
    /** The bastion's group, when there is a bastion. */
    public final Optional<Output<String>> bastionSecurityGroupId;
    /** The database tier's group, when the tier is enabled. */
    public final Optional<Output<String>> databaseSecurityGroupId;
    /** The VPC interface endpoints' group, when the network has no NAT. */
    public final Optional<Output<String>> endpointSecurityGroupId;

    /** A group and its role, the role naming the rules that mention it. */
    private record Group(String role, SecurityGroup resource) {
    }

    public SecurityGroups(String name, SecurityGroupsArgs args, ComponentResourceOptions options) {
        super("ecs-platform:security:SecurityGroups", name, options);

        var alb = group("alb", "Application Load Balancer: HTTP/HTTPS from the internet", args);
        var instances = group("instances", "ECS container instances: dynamic host ports from the ALB only", args);

        allowFromInternet(alb, PortRange.HTTP, "HTTP from the internet (redirected to HTTPS when a domain is set)");
        allowFromInternet(alb, PortRange.HTTPS, "HTTPS from the internet");
        allow(alb, instances, PortRange.ECS_DYNAMIC_HOST_PORTS, "ALB to tasks on ECS dynamic host ports (bridge networking)");
        // The ECS agent, ECR, CloudWatch Logs and SSM are HTTPS endpoints reached through NAT.
        allowToInternet(instances, PortRange.HTTPS, "HTTPS to AWS APIs and image registries via NAT");

        Optional<Group> bastion = Optional.empty();
        if (args.bastionEnabled()) {
            var bastionGroup = group("bastion", "Bastion host: SSH from the allowlisted networks only", args);
            args.bastionAllowedCidrs().forEach(cidr ->
                    allowFromCidr(bastionGroup, cidr, PortRange.SSH, "SSH from allowlisted network " + cidr));
            allow(bastionGroup, instances, PortRange.SSH, "SSH from the bastion to container instances");
            allowToInternet(bastionGroup, PortRange.HTTPS, "HTTPS to SSM and package repositories");
            bastion = Optional.of(bastionGroup);
        }

        Optional<Group> database = Optional.empty();
        if (args.databasePort().isPresent()) {
            var port = PortRange.single(args.databasePort().get());
            var databaseGroup = group("database", "Database tier: the database port from the instances (and bastion)", args);
            allow(instances, databaseGroup, port, "Container instances to the database");
            bastion.ifPresent(b -> allow(b, databaseGroup, port, "Bastion to the database (operator tunnels)"));
            database = Optional.of(databaseGroup);
        }

        Optional<Group> endpoints = Optional.empty();
        if (args.privateEndpoints()) {
            var endpointGroup = group("endpoints", "VPC interface endpoints: HTTPS from the container instances", args);
            allow(instances, endpointGroup, PortRange.HTTPS, "Container instances to AWS APIs through VPC endpoints");
            endpoints = Optional.of(endpointGroup);
        }

        albSecurityGroupId = alb.resource().id();
        instanceSecurityGroupId = instances.resource().id();
        bastionSecurityGroupId = bastion.map(group -> group.resource().id());
        databaseSecurityGroupId = database.map(group -> group.resource().id());
        endpointSecurityGroupId = endpoints.map(group -> group.resource().id());

        var outputs = new HashMap<String, Output<?>>();
        outputs.put("albSecurityGroupId", albSecurityGroupId);
        outputs.put("instanceSecurityGroupId", instanceSecurityGroupId);
        bastionSecurityGroupId.ifPresent(id -> outputs.put("bastionSecurityGroupId", id));
        databaseSecurityGroupId.ifPresent(id -> outputs.put("databaseSecurityGroupId", id));
        endpointSecurityGroupId.ifPresent(id -> outputs.put("endpointSecurityGroupId", id));
        registerOutputs(outputs);
    }

    private Group group(String role, String description, SecurityGroupsArgs args) {
        return new Group(role, new SecurityGroup(child(role), SecurityGroupArgs.builder()
                .description(description)
                .vpcId(args.vpcId())
                // Rules referencing this group from other groups are removed first, so deletes never hang.
                .revokeRulesOnDelete(true)
                .tags(nameTag(args.namePrefix() + "-" + role))
                .build(), childOptions()));
    }

    /** Lets {@code source} reach {@code target} on {@code ports}: ingress on the target, egress on the source. */
    private void allow(Group source, Group target, PortRange ports, String description) {
        ingress(target, source.role(), ports, description, rule -> rule.referencedSecurityGroupId(source.resource().id()));
        egress(source, target.role(), ports, description, rule -> rule.referencedSecurityGroupId(target.resource().id()));
    }

    private void allowFromInternet(Group target, PortRange ports, String description) {
        allowFromCidr(target, ANYWHERE_IPV4, ports, description);
    }

    private void allowFromCidr(Group target, String cidr, PortRange ports, String description) {
        ingress(target, cidr, ports, description, rule -> {
            if (cidr.contains(":")) {
                rule.cidrIpv6(cidr);
            } else {
                rule.cidrIpv4(cidr);
            }
        });
    }

    private void allowToInternet(Group source, PortRange ports, String description) {
        egress(source, ANYWHERE_IPV4, ports, description, rule -> rule.cidrIpv4(ANYWHERE_IPV4));
    }

    /** A TCP ingress rule on {@code target}; {@code peer} says who may connect. */
    private void ingress(Group target, String peerLabel, PortRange ports, String description,
                         Consumer<SecurityGroupIngressRuleArgs.Builder> peer) {
        var rule = SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(target.resource().id())
                .ipProtocol("tcp")
                .fromPort(ports.from())
                .toPort(ports.to())
                .description(description);
        peer.accept(rule);
        new SecurityGroupIngressRule(ruleName(target, "from", peerLabel, ports), rule.build(), under(target.resource()));
    }

    /** A TCP egress rule on {@code source}; {@code peer} says where it may connect to. */
    private void egress(Group source, String peerLabel, PortRange ports, String description,
                        Consumer<SecurityGroupEgressRuleArgs.Builder> peer) {
        var rule = SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(source.resource().id())
                .ipProtocol("tcp")
                .fromPort(ports.from())
                .toPort(ports.to())
                .description(description);
        peer.accept(rule);
        new SecurityGroupEgressRule(ruleName(source, "to", peerLabel, ports), rule.build(), under(source.resource()));
    }

    /**
     * Names a rule after what it permits, so adding or removing one rule never renames another:
     * {@code firewall-instances-from-alb-32768-65535}, {@code firewall-alb-from-internet-443},
     * {@code firewall-bastion-from-203-0-113-0-24-22}.
     */
    private String ruleName(Group group, String direction, String peer, PortRange ports) {
        String peerLabel = ANYWHERE_IPV4.equals(peer) ? "internet" : peer.replaceAll("[^A-Za-z0-9]+", "-");
        return child(group.role()) + "-" + direction + "-" + peerLabel + "-" + ports.label();
    }
}
