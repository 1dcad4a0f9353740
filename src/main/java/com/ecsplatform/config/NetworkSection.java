package com.ecsplatform.config;

import com.ecsplatform.network.NatStrategy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the VPC layout: {@code vpcCidr}, {@code availabilityZones}, {@code natGateways}, {@code flowLogRetentionDays}. */
final class NetworkSection {

    static final int MIN_VPC_PREFIX = 16;
    static final int MAX_VPC_PREFIX = 24;
    static final int MIN_AVAILABILITY_ZONES = 2;
    static final int MAX_AVAILABILITY_ZONES = 6;

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

    /** The retention periods CloudWatch Logs accepts (PutRetentionPolicy), in days. */
    static final List<Integer> RETENTION_DAYS = List.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private NetworkSection() {
    }

    static NetworkConfig read(ObjectReader keys, NetworkConfig defaults) {
        return new NetworkConfig(
                keys.string("vpcCidr", NetworkSection::vpcCidrProblem).orElse(defaults.vpcCidr()),
                keys.integer("availabilityZones", Checks.between(MIN_AVAILABILITY_ZONES, MAX_AVAILABILITY_ZONES)
                        .because("an internet-facing ALB needs subnets in at least two AZs")).orElse(defaults.availabilityZones()),
                keys.string("natGateways", NetworkSection::natGatewaysProblem).map(NetworkSection::natStrategy)
                        .orElse(defaults.natGateways()),
                keys.integer("flowLogRetentionDays", NetworkSection::retentionProblem).orElse(defaults.flowLogRetentionDays()));
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
                    + Checks.didYouMean(shown, Optional.of(cidr.aligned().toString())));
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

    private static Optional<String> natGatewaysProblem(String value, String shown) {
        List<String> strategies = Arrays.stream(NatStrategy.values()).map(NatStrategy::configValue).toList();
        if (!strategies.contains(value)) {
            return Optional.of(shown + " is not a NAT strategy: use " + String.join(", ", strategies)
                    + Checks.didYouMean(shown, Suggestions.closest(value, strategies)));
        }
        return Optional.empty();
    }

    private static NatStrategy natStrategy(String value) {
        return Arrays.stream(NatStrategy.values())
                .filter(strategy -> strategy.configValue().equals(value))
                .findFirst()
                .orElseThrow();
    }

    private static Optional<String> retentionProblem(int days, String shown) {
        if (RETENTION_DAYS.contains(days)) {
            return Optional.empty();
        }
        int nearest = RETENTION_DAYS.stream().min(Comparator.comparingInt(allowed -> Math.abs(allowed - days))).orElseThrow();
        return Optional.of(shown + " is not a retention period CloudWatch Logs accepts: use one of "
                + RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + Checks.didYouMean(shown, Optional.of(String.valueOf(nearest))));
    }
}
