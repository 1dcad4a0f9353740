package com.ecsplatform.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** What the schema cannot say of {@code ecs-platform:bastion}: a known x86 type, and who may reach it over SSH. */
final class BastionRules {

    /** The widest IPv4 source an SSH rule may admit: a /16 is already 65,536 addresses. */
    static final int MIN_IPV4_PREFIX = 16;
    /** The widest IPv6 source: a /32 is a whole provider's allocation. */
    static final int MIN_IPV6_PREFIX = 32;

    private BastionRules() {
    }

    /** @param fields the bastion's fields as written, for the list indexes of its CIDRs */
    static void check(StackConfig config, Fields fields, Problems problems) {
        BastionConfig bastion = config.bastion();
        ClusterRules.checkInstanceType(fields.path("instanceType"), bastion.instanceType(), "the bastion", problems);
        JsonNode cidrs = fields.node().path("allowedCidrs");
        for (int i = 0; i < cidrs.size(); i++) {
            String key = fields.path("allowedCidrs") + "[" + i + "]";
            if (cidrs.get(i).isTextual()) {
                sshSourceProblem(cidrs.get(i).asText(), problems.quote(key, cidrs.get(i).asText()))
                        .ifPresent(message -> problems.add(key, message));
            }
        }
        String key = fields.path("allowedCidrs");
        if (bastion.enabled() && bastion.allowedCidrs().isEmpty() && !problems.has(key)) {
            problems.add(key, "is required while the bastion is enabled: list the networks that need SSH"
                    + " (for example your office's public /24), or set bastion.enabled to false");
        }
    }

    private static Optional<String> sshSourceProblem(String value, String shown) {
        Optional<Cidr> parsed = Cidr.parse(value);
        if (parsed.isEmpty()) {
            return Cidr.parseAddress(value)
                    .map(host -> shown + " has no prefix length; for a single host write it as a /" + host.prefix()
                            + Suggestions.didYouMean(shown, Optional.of(host.toString())))
                    .or(() -> Optional.of(shown + " is not an IPv4 or IPv6 CIDR (like 203.0.113.0/24)"));
        }
        Cidr cidr = parsed.get();
        if (cidr.prefix() == 0) {
            return Optional.of((cidr.isIpv4() ? "0.0.0.0/0" : "::/0") + " opens SSH to the world; list the networks that need SSH");
        }
        int widest = cidr.isIpv4() ? MIN_IPV4_PREFIX : MIN_IPV6_PREFIX;
        if (cidr.prefix() < widest) {
            return Optional.of(shown + " is too wide for SSH: use a /" + widest
                    + " or narrower prefix covering only the networks that need SSH");
        }
        if (!cidr.isAligned()) {
            return Optional.of(shown + " has host bits set: a security group rule needs a network address"
                    + Suggestions.didYouMean(shown, Optional.of(cidr.aligned().toString())));
        }
        return Optional.empty();
    }
}
