package com.ecsplatform.config;

import java.util.List;

/**
 * {@code ecs-platform:bastion}: an SSH jump host in a public subnet.
 *
 * @param enabled      whether the bastion exists. Default {@code true}.
 * @param instanceType EC2 instance type. Default {@code t3.micro}.
 * @param allowedCidrs IPv4/IPv6 CIDRs admitted on tcp/22; required (at least one) when enabled;
 *                     {@code 0.0.0.0/0} and {@code ::/0} are rejected: SSH is never open to the world.
 */
public record BastionConfig(boolean enabled, String instanceType, List<String> allowedCidrs) {
    public BastionConfig {
        allowedCidrs = List.copyOf(allowedCidrs);
    }
}
