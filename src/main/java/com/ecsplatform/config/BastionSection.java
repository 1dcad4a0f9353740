package com.ecsplatform.config;

import java.util.List;
import java.util.Optional;

/** Reads {@code ecs-platform:bastion}: whether the SSH jump host exists, its size, and who may reach it. */
final class BastionSection {

    /** The widest IPv4 source an SSH rule may admit: a /16 is already 65,536 addresses. */
    static final int MIN_IPV4_PREFIX = 16;
    /** The widest IPv6 source: a /32 is a whole provider's allocation. */
    static final int MIN_IPV6_PREFIX = 32;

    private BastionSection() {
    }

    static BastionConfig read(ObjectReader bastion, BastionConfig defaults) {
        boolean enabled = bastion.bool("enabled").orElse(defaults.enabled());
        String instanceType = bastion.string("instanceType", Checks.x86InstanceType("the bastion"))
                .orElse(defaults.instanceType());
        List<String> allowedCidrs = bastion.strings("allowedCidrs", BastionSection::sshSourceProblem)
                .orElse(defaults.allowedCidrs());
        if (enabled && allowedCidrs.isEmpty() && !bastion.hasProblem("allowedCidrs")) {
            bastion.report("allowedCidrs", "is required while the bastion is enabled: list the networks that need SSH"
                    + " (for example your office's public /24), or set bastion.enabled to false");
        }
        bastion.rejectUnknownFields();
        return new BastionConfig(enabled, instanceType, allowedCidrs);
    }

    private static Optional<String> sshSourceProblem(String value, String shown) {
        Optional<Cidr> parsed = Cidr.parse(value);
        if (parsed.isEmpty()) {
            return Cidr.parseAddress(value)
                    .map(host -> shown + " has no prefix length; for a single host write it as a /" + host.prefix()
                            + Checks.didYouMean(shown, Optional.of(host.toString())))
                    .or(() -> Optional.of(shown + " is not an IPv4 or IPv6 CIDR (like 203.0.113.0/24)"));
        }
        Cidr cidr = parsed.get();
        if (cidr.prefix() == 0) {
            return Optional.of((cidr.isIpv4() ? "0.0.0.0/0" : "::/0")
                    + " opens SSH to the world; list the networks that need SSH");
        }
        int widest = cidr.isIpv4() ? MIN_IPV4_PREFIX : MIN_IPV6_PREFIX;
        if (cidr.prefix() < widest) {
            return Optional.of(shown + " is too wide for SSH: use a /" + widest
                    + " or narrower prefix covering only the networks that need SSH");
        }
        if (!cidr.isAligned()) {
            return Optional.of(shown + " has host bits set: a security group rule needs a network address"
                    + Checks.didYouMean(shown, Optional.of(cidr.aligned().toString())));
        }
        return Optional.empty();
    }
}
