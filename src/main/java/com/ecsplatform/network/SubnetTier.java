package com.ecsplatform.network;

import java.util.Locale;

/** The role of a subnet. */
public enum SubnetTier {
    /** Routes to the internet gateway; hosts the ALB, the NAT gateways and the bastion. */
    PUBLIC,
    /** Egresses through NAT only; hosts the container instances. */
    PRIVATE,
    /** No route out of the VPC at all; hosts the database tier. */
    ISOLATED;

    /** Lower-case form used in names and tags. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
