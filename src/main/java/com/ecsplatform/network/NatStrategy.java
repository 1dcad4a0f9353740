package com.ecsplatform.network;

/**
 * How private subnets reach the internet, after awsx's {@code natGateways.strategy}.
 * Set with {@code ecs-platform:natGateways}: {@code none}, {@code single} or {@code perAz}.
 */
public enum NatStrategy {
    /** No NAT gateway: private subnets have no route to the internet. */
    NONE("none"),
    /** One NAT gateway in the first public subnet serves every AZ (cheap; an AZ outage cuts egress). */
    SINGLE("single"),
    /** One NAT gateway per AZ; each private subnet egresses through the NAT in its own AZ. */
    PER_AZ("perAz");

    private final String configValue;

    NatStrategy(String configValue) {
        this.configValue = configValue;
    }

    /** The value as written in a stack file. */
    public String configValue() {
        return configValue;
    }

    /** Whether the public subnet of AZ {@code azIndex} hosts a NAT gateway. */
    public boolean hostsGateway(int azIndex) {
        return switch (this) {
            case NONE -> false;
            case SINGLE -> azIndex == 0;
            case PER_AZ -> true;
        };
    }

    /** The index of the NAT gateway that the private subnet of AZ {@code azIndex} routes through; -1 for none. */
    public int gatewayFor(int azIndex) {
        return switch (this) {
            case NONE -> -1;
            case SINGLE -> 0;
            case PER_AZ -> azIndex;
        };
    }
}
