package com.ecsplatform.config;

import com.ecsplatform.network.NatStrategy;

/**
 * The VPC layout.
 *
 * @param vpcCidr           {@code ecs-platform:vpcCidr}: IPv4 CIDR, /16 to /24. Default {@code 10.0.0.0/16}.
 * @param availabilityZones {@code ecs-platform:availabilityZones}: how many AZs get a public and a private
 *                          subnet, 1 to 6. Default: dev 2, prod 3.
 * @param natGateways       {@code ecs-platform:natGateways}. Default: dev {@code single}, prod {@code perAz}.
 * @param flowLogRetentionDays {@code ecs-platform:flowLogRetentionDays}: VPC flow log retention, a CloudWatch
 *                          retention value. Default: dev 14, prod 365.
 */
public record NetworkConfig(String vpcCidr, int availabilityZones, NatStrategy natGateways, int flowLogRetentionDays) {
}
