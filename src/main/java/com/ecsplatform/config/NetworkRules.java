package com.ecsplatform.config;

import com.ecsplatform.aws.AwsRegions;
import java.util.List;
import java.util.Optional;

/** What the schema cannot say of the VPC layout: a usable private range, and zones the region has. */
final class NetworkRules {

    static final int MIN_VPC_PREFIX = 16;
    static final int MAX_VPC_PREFIX = 24;

    /**
     * The private address ranges of RFC 1918, which AWS recommends for VPCs (VPC User Guide, "VPC CIDR
     * blocks"). A VPC may use a public range, but then the real owners of those addresses on the
     * internet become unreachable from inside it.
     */
    static final List<String> PRIVATE_RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");

    /**
     * Docker's default bridge network on every container instance: bridge-mode tasks reach anything in
     * this range through docker0, never through the VPC (ECS Developer Guide, "Task networking for
     * tasks hosted on Amazon EC2 instances"; Docker's default bridge subnet).
     */
    static final String DOCKER_BRIDGE = "172.17.0.0/16";

    private static final String VPC_CIDR = StackConfigLoader.key("vpcCidr");
    private static final String ZONES = StackConfigLoader.key("availabilityZones");

    private NetworkRules() {
    }

    static void check(StackConfig config, Fields keys, Problems problems) {
        keys.text(VPC_CIDR).flatMap(cidr -> vpcCidrProblem(cidr, problems.quote(VPC_CIDR, cidr)))
                .ifPresent(message -> problems.add(VPC_CIDR, message));
        // availabilityZones must not ask for more zones than every account gets in the region.
        int zones = config.network().availabilityZones();
        AwsRegions.lookup(config.region())
                .filter(known -> !problems.has(ZONES) && zones > known.zones())
                .ifPresent(known -> problems.add(ZONES, "asks for " + zones + " Availability Zones, but " + config.region()
                        + " (aws:region) has " + known.zones() + "; set availabilityZones to " + known.zones()
                        + " or fewer, or pick a region with more zones"));
    }

    private static Optional<String> vpcCidrProblem(String value, String shown) {
        Optional<Cidr> parsed = Cidr.parse(value).filter(Cidr::isIpv4);
        if (parsed.isEmpty()) {
            return Optional.of(shown + " is not an IPv4 CIDR (like 10.0.0.0/16)");
        }
        Cidr cidr = parsed.get();
        String allowed = "the prefix length must be /" + MIN_VPC_PREFIX + " to /" + MAX_VPC_PREFIX;
        if (cidr.prefix() < MIN_VPC_PREFIX) {
            return Optional.of(shown + " is too large: " + allowed);
        }
        if (cidr.prefix() > MAX_VPC_PREFIX) {
            return Optional.of(shown + " is too small: " + allowed);
        }
        if (!cidr.isAligned()) {
            return Optional.of(shown + " has host bits set: a VPC CIDR must be a network address"
                    + Suggestions.didYouMean(shown, Optional.of(cidr.aligned().toString())));
        }
        if (PRIVATE_RANGES.stream().map(range -> Cidr.parse(range).orElseThrow()).noneMatch(range -> range.contains(cidr))) {
            return Optional.of(shown + " is not a private range: a VPC using public addresses cannot reach the internet"
                    + " hosts that own them; use a block inside " + String.join(", ", PRIVATE_RANGES) + " (RFC 1918)");
        }
        if (cidr.overlaps(Cidr.parse(DOCKER_BRIDGE).orElseThrow())) {
            return Optional.of(shown + " overlaps " + DOCKER_BRIDGE + ", Docker's bridge network on every container"
                    + " instance: bridge-mode tasks could not reach those VPC addresses; use another block, like 10.0.0.0/16");
        }
        return Optional.empty();
    }
}
