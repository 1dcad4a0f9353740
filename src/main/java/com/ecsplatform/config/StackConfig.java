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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder()
                .stackName(stackName)
                .stackFile(stackFile)
                .region(region)
                .profile(profile)
                .network(network)
                .sshPublicKey(sshPublicKey)
                .bastion(bastion)
                .database(database)
                .cluster(cluster)
                .service(service)
                .domain(domain)
                .tags(tags)
                .alarmEmail(alarmEmail)
                .secrets(secrets);
    }

    /** Named construction of a {@link StackConfig}. */
    public static final class Builder {
        private String stackName;
        private String stackFile;
        private String region;
        private Profile profile = Profile.DEV;
        private NetworkConfig network;
        private String sshPublicKey;
        private BastionConfig bastion;
        private DatabaseTierConfig database;
        private ClusterConfig cluster;
        private ServiceConfig service;
        private Optional<DomainConfig> domain = Optional.empty();
        private Map<String, String> tags = Map.of();
        private Optional<String> alarmEmail = Optional.empty();
        private ConfigSecrets secrets = ConfigSecrets.NONE;

        private Builder() {
        }

        public Builder stackName(String value) { stackName = value; return this; }
        public Builder stackFile(String value) { stackFile = value; return this; }
        public Builder region(String value) { region = value; return this; }
        public Builder profile(Profile value) { profile = value; return this; }
        public Builder network(NetworkConfig value) { network = value; return this; }
        public Builder sshPublicKey(String value) { sshPublicKey = value; return this; }
        public Builder bastion(BastionConfig value) { bastion = value; return this; }
        public Builder database(DatabaseTierConfig value) { database = value; return this; }
        public Builder cluster(ClusterConfig value) { cluster = value; return this; }
        public Builder service(ServiceConfig value) { service = value; return this; }
        public Builder domain(Optional<DomainConfig> value) { domain = value; return this; }
        public Builder tags(Map<String, String> value) { tags = value; return this; }
        public Builder alarmEmail(Optional<String> value) { alarmEmail = value; return this; }
        public Builder secrets(ConfigSecrets value) { secrets = value; return this; }

        public StackConfig build() {
            return new StackConfig(stackName, stackFile, region, profile, network, sshPublicKey, bastion, database, cluster, service, domain, tags, alarmEmail, secrets);
        }
    }
}
