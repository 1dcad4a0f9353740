package com.ecsplatform.config;

/**
 * {@code ecs-platform:database}: the database tier of the security-group chain. The program creates
 * the tier's security group (admitting the container instances, and the bastion when enabled, on
 * {@code port}); the database itself is out of scope.
 *
 * @param enabled whether the tier exists. Default {@code false}.
 * @param port    the database's TCP port, 1-65535. Default {@code 5432}.
 */
public record DatabaseTierConfig(boolean enabled, int port) {
}
