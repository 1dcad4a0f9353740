package com.ecsplatform.network;

import com.pulumi.exceptions.RunException;

import java.util.List;

/**
 * One planned subnet: the seam between the pure address plan and the resources that realise it.
 *
 * @param tier         public, private or isolated
 * @param azIndex      which availability zone (0-based, in the order the region lists them)
 * @param cidr         the subnet's block
 * @param resourceRole the logical-name role, index-based ({@code public-0}) so that it never changes
 *                     when AZ names or counts do
 */
public record SubnetSpec(SubnetTier tier, int azIndex, Ipv4Cidr cidr, String resourceRole) {

    /** The subnet's {@code Name} tag: {@code <prefix>-<tier>-<AZ number from 1>}, like {@code ecs-platform-dev-private-2}. */
    public String nameTag(String namePrefix) {
        return namePrefix + "-" + tier.label() + "-" + (azIndex + 1);
    }

    /**
     * The subnet's zone among the region's {@code zones} (looked up at deploy time); an account with
     * fewer zones than the stack asks for is told so, without a stack trace.
     */
    public String zone(List<String> zones) {
        if (azIndex >= zones.size()) {
            // RunException: the SDK reports the message alone, without a stack trace.
            throw new RunException("ecs-platform:availabilityZones asks for at least " + (azIndex + 1)
                    + " Availability Zones, but this account has only " + zones.size() + " in the region that need no"
                    + " opt-in (" + String.join(", ", zones) + "); lower ecs-platform:availabilityZones to " + zones.size());
        }
        return zones.get(azIndex);
    }
}
