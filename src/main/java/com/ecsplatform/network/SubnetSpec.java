package com.ecsplatform.network;

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
}
