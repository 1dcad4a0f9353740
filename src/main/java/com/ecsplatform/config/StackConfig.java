package com.ecsplatform.config;

import io.soabase.recordbuilder.core.RecordBuilder;
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
@RecordBuilder
// Not useImmutableCollections: its Map.copyOf would lose the services' order; the constructor copies instead.
@RecordBuilder.Options(emptyDefaultForOptional = true)
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
        @RecordBuilder.Initializer("NO_SERVICES") Map<String, ServiceConfig> services,
        @RecordBuilder.Initializer("LEGACY_SERVICE_NAME") String defaultServiceName,
        boolean legacyServiceKey,
        Optional<DomainConfig> domain,
        @RecordBuilder.Initializer("NO_TAGS") Map<String, String> tags,
        Optional<String> alarmEmail,
        @RecordBuilder.Initializer("NO_SECRETS") ConfigSecrets secrets) {

    /** What a {@link #builder()} starts from (public for the generated builder). */
    public static final Profile DEFAULT_PROFILE = Profile.DEV;
    public static final ConfigSecrets NO_SECRETS = ConfigSecrets.NONE;
    public static final Map<String, ServiceConfig> NO_SERVICES = Map.of();
    public static final Map<String, String> NO_TAGS = Map.of();
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
     * What a service's resources are named after, besides the component: nothing for
     * {@value #LEGACY_SERVICE_NAME}, which keeps the names it had before there were several services
     * (so moving a stack file to {@code services} replaces nothing), else {@code <service>-}.
     */
    public static String serviceQualifier(String service) {
        return service.equals(LEGACY_SERVICE_NAME) ? "" : service + "-";
    }

    /**
     * Where service {@code name} is set, without the namespace: {@code services.<name>}, or
     * {@code service} when the stack file uses the legacy key.
     */
    public String serviceKey(String name) {
        return legacyServiceKey ? "service" : "services." + name;
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
