package com.ecsplatform.config;

import io.soabase.recordbuilder.core.RecordBuilder;
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
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true, useImmutableCollections = true)
public record StackConfig(
        String stackName,
        String stackFile,
        String region,
        @RecordBuilder.Initializer("DEFAULT_PROFILE") Profile profile,
        NetworkConfig network,
        String sshPublicKey,
        BastionConfig bastion,
        DatabaseTierConfig database,
        ClusterConfig cluster,
        ServiceConfig service,
        Optional<DomainConfig> domain,
        Map<String, String> tags,
        Optional<String> alarmEmail,
        @RecordBuilder.Initializer("NO_SECRETS") ConfigSecrets secrets) {

    /** What a {@link #builder()} starts from (public for the generated builder). */
    public static final Profile DEFAULT_PROFILE = Profile.DEV;
    public static final ConfigSecrets NO_SECRETS = ConfigSecrets.NONE;

    public StackConfig {
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    /** Named construction of a {@link StackConfig}. */
    public static StackConfigBuilder builder() {
        return StackConfigBuilder.builder();
    }

    /** A builder starting from this configuration. */
    public StackConfigBuilder toBuilder() {
        return StackConfigBuilder.builder(this);
    }
}
