package com.ecsplatform.synth.diff;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the provider does with one changed input: update in place, replace, or replace only in some
 * cases that the offline graph cannot settle.
 *
 * @param kind the outcome
 * @param rule the table path that decided it, or the conditional rule's explanation; empty for an update
 */
public record Verdict(Kind kind, String rule) {

    /** Update in place, replace, or replace in some cases only. */
    public enum Kind { UPDATE, REPLACE, MAYBE_REPLACE }

    static final Verdict UPDATE = new Verdict(Kind.UPDATE, "");

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }

    /** The source-type inputs of the VPC security-group rule resources. */
    private static final Set<String> RULE_SOURCES = Set.of("cidrIpv4", "cidrIpv6", "prefixListId", "referencedSecurityGroupId");

    /**
     * @param rules  the replace-on-change table
     * @param type   the resource's type
     * @param path   the changed input's property path
     * @param before the old inputs (null for a change implied by a replaced dependency: same value, new output)
     * @param after  the new inputs
     */
    static Verdict of(ReplaceRules rules, String type, String path, JsonElement before, JsonElement after) {
        Optional<ReplaceRules.Type> table = rules.type(type);
        if (table.isEmpty()) {
            return UPDATE;
        }
        if (table.get().allReplace()) {
            return new Verdict(Kind.REPLACE, "any input (" + table.get().terraform() + " has no update)");
        }
        Optional<String> forcing = table.get().forcingPath(path);
        if (forcing.isPresent()) {
            return new Verdict(Kind.REPLACE, forcing.get());
        }
        return table.get().conditionalRule(path)
                .map(rule -> conditional(type, rule, before, after))
                .orElse(UPDATE);
    }

    /**
     * Settles the conditional rules whose condition the graph shows; the others stay "may replace",
     * with the provider's rule as the reason.
     */
    private static Verdict conditional(String type, Map.Entry<String, String> rule, JsonElement before, JsonElement after) {
        String path = rule.getKey();
        Verdict maybe = new Verdict(Kind.MAYBE_REPLACE, path + ": " + rule.getValue());
        switch (type) {
            case "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                 "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule" -> {
                // ModifyPlan RequiresReplace only when the source type switches (internal/service/ec2/vpc_security_group_ingress_rule.go).
                if (before == null) {
                    return UPDATE;
                }
                return sources(before).equals(sources(after)) ? UPDATE : new Verdict(Kind.REPLACE, path + " (rule source type changes)");
            }
            case "aws:lb/loadBalancer:LoadBalancer" -> {
                // CustomizeDiff forces new only for network load balancers, except subnetMappings (internal/service/elbv2/load_balancer.go).
                boolean application = string(after, "loadBalancerType").orElse("application").equals("application");
                return application && !path.equals("subnetMappings") ? UPDATE : maybe;
            }
            case "aws:ec2/instance:Instance" -> {
                if (path.startsWith("userData")) {
                    // ForceNewIf userDataReplaceOnChange (internal/service/ec2/ec2_instance.go).
                    boolean replaceOnChange = ReplaceRules.isTrue(after, "userDataReplaceOnChange");
                    return replaceOnChange ? new Verdict(Kind.REPLACE, path + " (userDataReplaceOnChange)") : UPDATE;
                }
                return maybe;
            }
            case "aws:ecs/service:Service" -> {
                // CustomizeDiff: a strategy change replaces unless forceNewDeployment is set and the
                // strategy is neither added nor removed (internal/service/ecs/service.go).
                boolean bothSides = before == null || has(before, "capacityProviderStrategies") && has(after, "capacityProviderStrategies");
                return ReplaceRules.isTrue(after, "forceNewDeployment") && bothSides
                        ? UPDATE
                        : new Verdict(Kind.REPLACE, path + " (without forceNewDeployment)");
            }
            default -> {
                return maybe;
            }
        }
    }

    private static Set<String> sources(JsonElement inputs) {
        if (inputs == null || !inputs.isJsonObject()) {
            return Set.of();
        }
        JsonObject object = inputs.getAsJsonObject();
        return Set.copyOf(object.keySet().stream().filter(RULE_SOURCES::contains).toList());
    }

    private static boolean has(JsonElement inputs, String key) {
        return ReplaceRules.valueAt(inputs, key).filter(value -> !value.isJsonNull()).isPresent();
    }


    private static Optional<String> string(JsonElement inputs, String key) {
        return ReplaceRules.valueAt(inputs, key)
                .filter(value -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())
                .map(JsonElement::getAsString);
    }
}
