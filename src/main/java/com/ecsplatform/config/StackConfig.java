package com.ecsplatform.config;

import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param services  {@code ecs-platform:services}: service name to its settings, in the stack file's order
 *                  (the legacy {@code ecs-platform:service} is {@code {web: <it>}})
 * @param defaultServiceName the service without routing: the load balancer's catch-all
 * @param legacyServiceKey whether the services came from the legacy {@code ecs-platform:service}, so that
 *                  messages name the key the stack file has ({@link #serviceKey})
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
        Map<String, ServiceConfig> services,
        String defaultServiceName,
        boolean legacyServiceKey,
        Optional<DomainConfig> domain,
        Map<String, String> tags,
        Optional<String> alarmEmail,
        ConfigSecrets secrets) {

    /** The name the legacy {@code ecs-platform:service} has in {@code services}. */
    public static final String LEGACY_SERVICE_NAME = "web";

    public StackConfig {
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** The default (catch-all) service; with the legacy key, the one service. */
    public ServiceConfig service() {
        return services.get(defaultServiceName);
    }

    /**
     * Where service {@code name} is set, without the namespace: {@code services.<name>}, or
     * {@code service} when the stack file uses the legacy key.
     */
    public String serviceKey(String name) {
        return legacyServiceKey ? "service" : "services." + name;
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
                .services(services, defaultServiceName)
                .legacyServiceKey(legacyServiceKey)
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
        private Map<String, ServiceConfig> services = Map.of();
        private String defaultServiceName = LEGACY_SERVICE_NAME;
        private boolean legacyServiceKey = true;
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
        /**
         * Replaces the default service's settings; on a builder without services, sets the legacy single
         * service ({@value #LEGACY_SERVICE_NAME}).
         */
        public Builder service(ServiceConfig value) {
            var replaced = new LinkedHashMap<>(services);
            replaced.put(services.containsKey(defaultServiceName) ? defaultServiceName : LEGACY_SERVICE_NAME, value);
            services = replaced;
            if (!services.containsKey(defaultServiceName)) {
                defaultServiceName = LEGACY_SERVICE_NAME;
            }
            return this;
        }
        /** The services, in order, and which one is the default. */
        public Builder services(Map<String, ServiceConfig> value, String defaultName) {
            services = value;
            defaultServiceName = defaultName;
            return this;
        }
        public Builder legacyServiceKey(boolean value) { legacyServiceKey = value; return this; }
        public Builder domain(Optional<DomainConfig> value) { domain = value; return this; }
        public Builder tags(Map<String, String> value) { tags = value; return this; }
        public Builder alarmEmail(Optional<String> value) { alarmEmail = value; return this; }
        public Builder secrets(ConfigSecrets value) { secrets = value; return this; }

        public StackConfig build() {
            return new StackConfig(stackName, stackFile, region, profile, network, sshPublicKey, bastion, database, cluster, services, defaultServiceName, legacyServiceKey, domain, tags, alarmEmail, secrets);
        }
    }
}
