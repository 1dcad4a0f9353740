package com.ecsplatform.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Carves a VPC into one public and one private subnet per availability zone.
 *
 * <p>The VPC is split into {@value #AZ_SLOTS} equal AZ slots whatever the AZ count, so adding an AZ
 * later never renumbers (and so never replaces) an existing subnet. Inside its slot an AZ gets the
 * first half as its private subnet (where the instances live and addresses run out first) and the
 * next quarter as its public subnet; the last quarter is the isolated tier's ({@link #isolated}),
 * planned separately so that adding it never renumbers the others. When a quarter would be smaller
 * than AWS's /28 minimum (a /24 VPC), public and private take a half each and there is no isolated tier.
 */
public final class SubnetPlanner {

    /** AZ slots per VPC: enough for the largest regions' six AZs, a power of two for clean math. */
    public static final int AZ_SLOTS = 8;
    /** The smallest subnet AWS accepts. */
    public static final int SMALLEST_SUBNET_PREFIX = 28;
    /** The most AZs a plan may span. */
    public static final int MAX_AZS = 6;

    private static final int SLOT_BITS = 3;

    private SubnetPlanner() {
    }

    /**
     * Plans the subnets of {@code vpc} across {@code azCount} zones: public subnets first, then
     * private, each in AZ order.
     *
     * @throws IllegalArgumentException when the VPC is too small (longer than /24) or the AZ count is out of 1..6
     */
    public static List<SubnetSpec> plan(Ipv4Cidr vpc, int azCount) {
        if (azCount < 1 || azCount > MAX_AZS) {
            throw new IllegalArgumentException("availability zone count must be 1-" + MAX_AZS + ": " + azCount);
        }
        if (vpc.prefix() + SLOT_BITS + 1 > SMALLEST_SUBNET_PREFIX) {
            throw new IllegalArgumentException("VPC " + vpc + " is too small: /24 is the longest prefix that fits 6 AZs");
        }
        var publicSubnets = new ArrayList<SubnetSpec>();
        var privateSubnets = new ArrayList<SubnetSpec>();
        for (int az = 0; az < azCount; az++) {
            Ipv4Cidr slot = vpc.subnet(SLOT_BITS, az);
            boolean roomForQuarters = slot.prefix() + 2 <= SMALLEST_SUBNET_PREFIX;
            Ipv4Cidr privateBlock = slot.subnet(1, 0);
            Ipv4Cidr publicBlock = roomForQuarters ? slot.subnet(2, 2) : slot.subnet(1, 1);
            publicSubnets.add(new SubnetSpec(SubnetTier.PUBLIC, az, publicBlock, "public-" + az));
            privateSubnets.add(new SubnetSpec(SubnetTier.PRIVATE, az, privateBlock, "private-" + az));
        }
        var plan = new ArrayList<>(publicSubnets);
        plan.addAll(privateSubnets);
        return List.copyOf(plan);
    }

    /**
     * Plans the isolated subnets of {@code vpc}: the last quarter of each AZ's slot, which
     * {@link #plan} leaves free, in AZ order.
     *
     * @throws IllegalArgumentException when the quarter would be smaller than a /28 (a VPC longer than /23)
     *                                  or the AZ count is out of 1..6
     */
    public static List<SubnetSpec> isolated(Ipv4Cidr vpc, int azCount) {
        if (azCount < 1 || azCount > MAX_AZS) {
            throw new IllegalArgumentException("availability zone count must be 1-" + MAX_AZS + ": " + azCount);
        }
        if (vpc.prefix() + SLOT_BITS + 2 > SMALLEST_SUBNET_PREFIX) {
            throw new IllegalArgumentException("VPC " + vpc + " has no room for an isolated tier: use a /23 or larger VPC");
        }
        var subnets = new ArrayList<SubnetSpec>();
        for (int az = 0; az < azCount; az++) {
            subnets.add(new SubnetSpec(SubnetTier.ISOLATED, az, vpc.subnet(SLOT_BITS, az).subnet(2, 3), "isolated-" + az));
        }
        return List.copyOf(subnets);
    }
}
