package com.ecsplatform.security;

import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.ecsplatform.testing.Inputs.has;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The chain internet → ALB → instances (→ database), bastion → instances, read back from the registered rules. */
class SecurityGroupChainTest {

    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";

    @Test
    void devIngressIsExactlyTheChain() {
        assertThat(ingressEdges(Stacks.dev())).containsExactlyInAnyOrder(
                "0.0.0.0/0 -> alb : 80",
                "0.0.0.0/0 -> alb : 443",
                "alb -> instances : 32768-65535",
                "203.0.113.0/24 -> bastion : 22",
                "bastion -> instances : 22");
    }

    @Test
    void prodAddsTheDatabaseTierReachableFromItsClientsOnItsPortOnly() {
        assertThat(ingressEdges(Stacks.prod())).containsExactlyInAnyOrder(
                "0.0.0.0/0 -> alb : 80",
                "0.0.0.0/0 -> alb : 443",
                "alb -> instances : 32768-65535",
                "198.51.100.0/24 -> bastion : 22",
                "bastion -> instances : 22",
                "instances -> database : 5432",
                "bastion -> database : 5432");
    }

    @Test
    void egressIsExactlyWhatEachTierNeeds() {
        assertThat(egressEdges(Stacks.prod())).containsExactlyInAnyOrder(
                "alb -> instances : 32768-65535",
                "instances -> 0.0.0.0/0 : 443",
                "instances -> database : 5432",
                "bastion -> instances : 22",
                "bastion -> database : 5432",
                "bastion -> 0.0.0.0/0 : 443");
    }

    @Test
    void nothingButTheAlbGroupReachesTheInstancesDynamicPorts() {
        for (var graph : Stacks.both()) {
            var dynamicPortRules = rules(graph, INGRESS).stream()
                    .filter(rule -> string(rule, "securityGroupId").equals("${firewall-instances.id}"))
                    .filter(rule -> integer(rule, "toPort") >= PortRange.ECS_DYNAMIC_HOST_PORTS.from())
                    .toList();
            assertThat(dynamicPortRules).as(graph.stack()).singleElement().satisfies(rule -> {
                assertThat(string(rule, "referencedSecurityGroupId")).isEqualTo("${firewall-alb.id}");
                assertThat(integer(rule, "fromPort")).isEqualTo(32768);
                assertThat(integer(rule, "toPort")).isEqualTo(65535);
                assertThat(has(rule, "cidrIpv4")).isFalse();
            });
        }
    }

    @Test
    void theInternetReachesOnlyTheAlbsWebPorts() {
        for (var graph : Stacks.both()) {
            assertThat(internetIngress(graph))
                    .as("%s: the ALB is reachable from the IPv4 internet", graph.stack())
                    .contains("0.0.0.0/0 -> alb : 80", "0.0.0.0/0 -> alb : 443")
                    .as("%s: nothing else is, over IPv4 or IPv6", graph.stack())
                    .allMatch(edge -> edge.endsWith(" -> alb : 80") || edge.endsWith(" -> alb : 443"));
        }
    }

    /** Ingress open to every address, IPv4 or IPv6, as {@code cidr -> target : ports}. */
    private static List<String> internetIngress(SynthResult graph) {
        return rules(graph, INGRESS).stream()
                .filter(rule -> (has(rule, "cidrIpv4") && string(rule, "cidrIpv4").equals("0.0.0.0/0"))
                        || (has(rule, "cidrIpv6") && string(rule, "cidrIpv6").equals("::/0")))
                .map(rule -> peer(rule) + " -> " + role(string(rule, "securityGroupId")) + " : " + ports(rule))
                .toList();
    }

    @Test
    void bastionSshIsOpenOnlyToTheAllowlist() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs",
                List.of("203.0.113.0/24", "2001:db8::/48")));

        var bastionIngress = rules(graph, INGRESS).stream()
                .filter(rule -> string(rule, "securityGroupId").equals("${firewall-bastion.id}")).toList();
        assertThat(bastionIngress).extracting(rule -> has(rule, "cidrIpv4") ? string(rule, "cidrIpv4") : string(rule, "cidrIpv6"))
                .containsExactlyInAnyOrder("203.0.113.0/24", "2001:db8::/48");
        assertThat(bastionIngress).allSatisfy(rule -> {
            assertThat(integer(rule, "fromPort")).isEqualTo(22);
            assertThat(integer(rule, "toPort")).isEqualTo(22);
        });
    }

    @Test
    void withoutABastionNoGroupAdmitsSsh() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:bastion.enabled", false));

        assertThat(graph.named("firewall-bastion")).isEmpty();
        assertThat(rules(graph, INGRESS)).noneMatch(rule -> integer(rule, "fromPort") <= 22 && integer(rule, "toPort") >= 22);
    }

    @Test
    void groupNamesAvoidTheSgPrefixAwsReservesForGroupIds() {
        for (var graph : Stacks.both()) {
            graph.ofType("aws:ec2/securityGroup:SecurityGroup").forEach(group ->
                    assertThat(group.name()).as("auto-named after the logical name %s", group.name()).doesNotStartWith("sg-"));
        }
    }

    @Test
    void everyRuleSaysWhatItIsFor() {
        for (var graph : Stacks.both()) {
            var all = new java.util.ArrayList<>(rules(graph, INGRESS));
            all.addAll(rules(graph, EGRESS));
            assertThat(all).allSatisfy(rule ->
                    assertThat(string(rule, "description")).as(rule.name()).isNotBlank());
        }
    }

    @Test
    void everyRuleIsTcp() {
        for (var graph : Stacks.both()) {
            var all = new java.util.ArrayList<>(rules(graph, INGRESS));
            all.addAll(rules(graph, EGRESS));
            assertThat(all).allSatisfy(rule ->
                    assertThat(string(rule, "ipProtocol")).as(rule.name()).isEqualTo("tcp"));
        }
    }

    private static List<RegisteredResource> rules(SynthResult graph, String type) {
        return graph.ofType(type);
    }

    /** {@code source -> target : ports}, where a source is a group role or a CIDR. */
    private static Set<String> ingressEdges(SynthResult graph) {
        var edges = new TreeSet<String>();
        for (var rule : rules(graph, INGRESS)) {
            edges.add(peer(rule) + " -> " + role(string(rule, "securityGroupId")) + " : " + ports(rule));
        }
        return edges;
    }

    private static Set<String> egressEdges(SynthResult graph) {
        var edges = new TreeSet<String>();
        for (var rule : rules(graph, EGRESS)) {
            edges.add(role(string(rule, "securityGroupId")) + " -> " + peer(rule) + " : " + ports(rule));
        }
        return edges;
    }

    private static String peer(RegisteredResource rule) {
        if (has(rule, "referencedSecurityGroupId")) {
            return role(string(rule, "referencedSecurityGroupId"));
        }
        return has(rule, "cidrIpv4") ? string(rule, "cidrIpv4") : string(rule, "cidrIpv6");
    }

    /** {@code ${firewall-alb.id}} → {@code alb}. */
    private static String role(String groupIdPlaceholder) {
        return groupIdPlaceholder.replace("${firewall-", "").replace(".id}", "");
    }

    private static String ports(RegisteredResource rule) {
        int from = integer(rule, "fromPort");
        int to = integer(rule, "toPort");
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
