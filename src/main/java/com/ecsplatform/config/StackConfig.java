package com.ecsplatform.config;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one stack needs, read once from {@code Pulumi.<stack>.yaml} and validated before the
 * first resource is registered. Components receive the parts they need and never read config.
 *
 * @param stackName the Pulumi stack (dev, prod, ...)
 * @param stackFile the stack settings file the values came from, for messages
 * @param region    {@code aws:region}
 * @param profile   {@code ecs-platform:profile}; picks the defaults below and the operational policy
 * @param network   VPC layout
 * @param sshPublicKey {@code ecs-platform:sshPublicKey}: one OpenSSH public key line, imported as a key pair
 * @param bastion   {@code ecs-platform:bastion}
 * @param database  {@code ecs-platform:database}: the optional database tier (RDS in isolated subnets)
 * @param cluster   {@code ecs-platform:cluster}: container instances and capacity provider
 * @param service   {@code ecs-platform:service}: the web service
 * @param domain    {@code ecs-platform:domain}; empty means HTTP on the ALB's own name only
 * @param tags      {@code ecs-platform:tags} merged over the standard Project/Stack/ManagedBy tags
 * @param alarmEmail {@code ecs-platform:alarmEmail}: who the alarm topic mails; empty means no subscription
 * @param secrets   which settings are Pulumi secrets, so the inputs derived from them are too
 */
public record StackConfig(
        String stackName,
        String stackFile,
        String region,
        Profile profile,
        NetworkConfig network,
        String sshPublicKey,
        BastionConfig bastion,
        DatabaseTierConfig database,
        ClusterConfig cluster,
        ServiceConfig service,
        Optional<DomainConfig> domain,
        Map<String, String> tags,
        Optional<String> alarmEmail,
        ConfigSecrets secrets) {

    public StackConfig {
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    /** A configuration without secrets. */
    public StackConfig(String stackName, String stackFile, String region, Profile profile, NetworkConfig network,
                       String sshPublicKey, BastionConfig bastion, DatabaseTierConfig database, ClusterConfig cluster,
                       ServiceConfig service, Optional<DomainConfig> domain, Map<String, String> tags,
                       Optional<String> alarmEmail) {
        this(stackName, stackFile, region, profile, network, sshPublicKey, bastion, database, cluster, service, domain,
                tags, alarmEmail, ConfigSecrets.NONE);
    }
}
