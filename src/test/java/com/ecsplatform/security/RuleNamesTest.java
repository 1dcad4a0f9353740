package com.ecsplatform.security;

import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Security-group rules are named after what they permit, never after a value of the stack file. */
class RuleNamesTest {

    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";

    @Test
    void changingTheDatabasePortKeepsEveryRuleName() {
        var before = Stacks.prod();
        var after = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.port", 6543));

        assertThat(ruleNames(after)).isEqualTo(ruleNames(before));
    }

    @Test
    void changingAnAllowlistedNetworkKeepsEveryRuleName() {
        var before = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs", List.of("203.0.113.0/24")));
        var after = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs", List.of("198.51.100.0/24")));

        assertThat(ruleNames(after)).isEqualTo(ruleNames(before));
    }

    @Test
    void aDatabaseRuleAnswersToTheNameThatCarriedThePort() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.port", 6543));

        assertThat(graph.require("firewall-database-from-instances-db-port").options().aliases())
                .extracting(RuleNamesTest::logicalName)
                .containsExactly("firewall-database-from-instances-6543");
        assertThat(graph.require("firewall-instances-to-database-db-port").options().aliases())
                .extracting(RuleNamesTest::logicalName)
                .containsExactly("firewall-instances-to-database-6543");
    }

    @Test
    void anAllowlistRuleAnswersToTheNameThatCarriedTheCidr() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs",
                List.of("203.0.113.0/24", "2001:db8::/48")));

        assertThat(graph.require("firewall-bastion-from-allowlist-0-22").options().aliases())
                .extracting(RuleNamesTest::logicalName)
                .containsExactly("firewall-bastion-from-203-0-113-0-24-22");
        assertThat(graph.require("firewall-bastion-from-allowlist-1-22").options().aliases())
                .extracting(RuleNamesTest::logicalName)
                .containsExactly("firewall-bastion-from-2001-db8-48-22");
    }

    @Test
    void aRuleWhoseNameNeverCarriedConfigHasNoAlias() {
        assertThat(Stacks.prod().require("firewall-alb-from-internet-443").options().aliases()).isEmpty();
    }

    private static Set<String> ruleNames(SynthResult graph) {
        var names = new TreeSet<String>();
        graph.ofType(INGRESS).stream().map(RegisteredResource::name).forEach(names::add);
        graph.ofType(EGRESS).stream().map(RegisteredResource::name).forEach(names::add);
        return names;
    }

    /** The logical name an alias URN ends in ({@code urn:pulumi:<stack>::<project>::<types>::<name>}). */
    private static String logicalName(String aliasUrn) {
        return aliasUrn.substring(aliasUrn.lastIndexOf("::") + 2);
    }
}
