package com.ecsplatform.security;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

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
    /** The database port comes from the stack file, so rule names call it by its role, not its number. */
    private static final String DATABASE_PORT_LABEL = "db-port";

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
            var allowlist = args.bastionAllowedCidrs();
            for (int i = 0; i < allowlist.size(); i++) {
                String cidr = allowlist.get(i);
                allowFromCidr(bastionGroup, cidr, new Peer("allowlist-" + i, cidr), PortRange.SSH,
                        "SSH from allowlisted network " + cidr);
            }
            allow(bastionGroup, instances, PortRange.SSH, "SSH from the bastion to container instances");
            allowToInternet(bastionGroup, PortRange.HTTPS, "HTTPS to SSM and package repositories");
            bastion = Optional.of(bastionGroup);
        }

        Optional<Group> database = Optional.empty();
        if (args.databasePort().isPresent()) {
            var port = PortRange.single(args.databasePort().get());
            var databaseGroup = group("database", "Database tier: the database port from the instances (and bastion)", args);
            allow(instances, databaseGroup, port, DATABASE_PORT_LABEL, "Container instances to the database");
            bastion.ifPresent(b -> allow(b, databaseGroup, port, DATABASE_PORT_LABEL, "Bastion to the database (operator tunnels)"));
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

    /**
     * Who is on the other side of a rule, as its logical name calls it ({@code label}) and as the rule's
     * former name spelled it ({@code formerLabel}: a CIDR, its punctuation as dashes).
     */
    private record Peer(String label, String formerLabel) {
        Peer {
            formerLabel = formerLabel.replaceAll("[^A-Za-z0-9]+", "-");
        }

        static Peer named(String label) {
            return new Peer(label, label);
        }
    }

    /** Lets {@code source} reach {@code target} on {@code ports}: ingress on the target, egress on the source. */
    private void allow(Group source, Group target, PortRange ports, String description) {
        allow(source, target, ports, ports.label(), description);
    }

    private void allow(Group source, Group target, PortRange ports, String portLabel, String description) {
        var from = Peer.named(source.role());
        var to = Peer.named(target.role());
        ingress(target, from, ports, portLabel, description, rule -> rule.referencedSecurityGroupId(source.resource().id()));
        egress(source, to, ports, portLabel, description, rule -> rule.referencedSecurityGroupId(target.resource().id()));
    }

    private void allowFromInternet(Group target, PortRange ports, String description) {
        allowFromCidr(target, ANYWHERE_IPV4, Peer.named("internet"), ports, description);
    }

    private void allowFromCidr(Group target, String cidr, Peer peer, PortRange ports, String description) {
        ingress(target, peer, ports, ports.label(), description, rule -> {
            if (cidr.contains(":")) {
                rule.cidrIpv6(cidr);
            } else {
                rule.cidrIpv4(cidr);
            }
        });
    }

    private void allowToInternet(Group source, PortRange ports, String description) {
        egress(source, Peer.named("internet"), ports, ports.label(), description, rule -> rule.cidrIpv4(ANYWHERE_IPV4));
    }

    /** A TCP ingress rule on {@code target}; {@code peer} says who may connect. */
    private void ingress(Group target, Peer peerLabel, PortRange ports, String portLabel, String description,
                         Consumer<SecurityGroupIngressRuleArgs.Builder> peer) {
        var rule = SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(target.resource().id())
                .ipProtocol("tcp")
                .fromPort(ports.from())
                .toPort(ports.to())
                .description(description);
        peer.accept(rule);
        String name = ruleName(target, "from", peerLabel.label(), portLabel);
        new SecurityGroupIngressRule(name, rule.build(),
                ruleOptions(target, name, ruleName(target, "from", peerLabel.formerLabel(), ports.label())));
    }

    /** A TCP egress rule on {@code source}; {@code peer} says where it may connect to. */
    private void egress(Group source, Peer peerLabel, PortRange ports, String portLabel, String description,
                        Consumer<SecurityGroupEgressRuleArgs.Builder> peer) {
        var rule = SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(source.resource().id())
                .ipProtocol("tcp")
                .fromPort(ports.from())
                .toPort(ports.to())
                .description(description);
        peer.accept(rule);
        String name = ruleName(source, "to", peerLabel.label(), portLabel);
        new SecurityGroupEgressRule(name, rule.build(),
                ruleOptions(source, name, ruleName(source, "to", peerLabel.formerLabel(), ports.label())));
    }

    /**
     * Names a rule after what it permits, never after a value from the stack file, so changing
     * {@code database.port} or an allowlisted network updates the rule in place (EC2's
     * ModifySecurityGroupRules changes a rule's ports and CIDR; the provider's
     * {@code aws_vpc_security_group_ingress_rule} updates them) instead of deleting and recreating it:
     * {@code firewall-instances-from-alb-32768-65535}, {@code firewall-alb-from-internet-443},
     * {@code firewall-bastion-from-allowlist-0-22}, {@code firewall-database-from-instances-db-port}.
     */
    private String ruleName(Group group, String direction, String peer, String portLabel) {
        return child(group.role()) + "-" + direction + "-" + peer + "-" + portLabel;
    }

    /**
     * Options for a rule under its group; when its name used to carry a config value, an alias to that
     * former name, so a stack deployed with it sees the same rule (no delete and create) on its next update.
     */
    private static CustomResourceOptions ruleOptions(Group group, String name, String formerName) {
        var options = CustomResourceOptions.builder().parent(group.resource());
        if (!formerName.equals(name)) {
            // An alias that names no parent keeps the rule's own (its group), as the former name had.
            options.aliases(Alias.builder().name(formerName).build());
        }
        return options.build();
    }
}
