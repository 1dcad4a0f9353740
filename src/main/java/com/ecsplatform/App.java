package com.ecsplatform;

import com.ecsplatform.access.Access;
import com.ecsplatform.access.AccessArgs;
import com.ecsplatform.access.BastionPlacement;
import com.ecsplatform.compute.EcsCapacity;
import com.ecsplatform.compute.EcsCapacityArgs;
import com.ecsplatform.aws.AwsRegions;
import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.DatabaseRules;
import com.ecsplatform.config.ExamplePlaceholders;
import com.ecsplatform.aws.InstanceTypes;
import com.ecsplatform.network.NatStrategy;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.RoutingConfig;
import com.ecsplatform.config.ServiceConfig;
import com.ecsplatform.config.ServiceRoutingRules;
import com.ecsplatform.config.StackConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.database.Database;
import com.ecsplatform.database.DatabaseAlarms;
import com.ecsplatform.database.DatabaseAlarmsArgs;
import com.ecsplatform.database.DatabaseArgs;
import com.ecsplatform.dns.DnsAlias;
import com.ecsplatform.dns.DnsAliasArgs;
import com.ecsplatform.dns.TlsCertificate;
import com.ecsplatform.dns.TlsCertificateArgs;
import com.ecsplatform.edge.AccessLogDestination;
import com.ecsplatform.edge.LoadBalancer;
import com.ecsplatform.edge.LoadBalancerArgs;
import com.ecsplatform.edge.ServiceTarget;
import com.ecsplatform.network.Ipv4Cidr;
import com.ecsplatform.network.Network;
import com.ecsplatform.network.NetworkArgs;
import com.ecsplatform.network.PrivateEndpoints;
import com.ecsplatform.network.PrivateEndpointsArgs;
import com.ecsplatform.observability.AccessLogBucket;
import com.ecsplatform.observability.AccessLogBucketArgs;
import com.ecsplatform.observability.Alarms;
import com.ecsplatform.observability.AlarmsArgs;
import com.ecsplatform.observability.ServiceWatch;
import com.ecsplatform.policy.DatabasePolicy;
import com.ecsplatform.policy.OperationalPolicy;
import com.ecsplatform.policy.OperationalPolicy.Guarded;
import com.ecsplatform.policy.OperationalPolicy.Safeguard;
import com.ecsplatform.security.SecurityGroups;
import com.ecsplatform.security.SecurityGroupsArgs;
import com.ecsplatform.service.EcsService;
import com.ecsplatform.service.EcsServiceArgs;
import com.ecsplatform.tagging.StandardTags;
import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * ecs-platform: per environment, a VPC with a bastion, an ECS cluster on EC2 behind an Application
 * Load Balancer, and a Route 53 name for it. {@link #stack} only wires the boxes of the diagram in
 * README.md; each box is a component in its own package.
 */
public final class App {

    /** The Pulumi project name, as in Pulumi.yaml. */
    public static final String PROJECT = "ecs-platform";
    /** AWS's public pointer to the latest Amazon Linux 2023 AMI for x86_64. */
    static final String AMAZON_LINUX_2023_AMI_PARAMETER = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    /** AWS's public pointer to the recommended ECS-optimized Amazon Linux 2023 AMI for x86_64. */
    static final String ECS_OPTIMIZED_AMI_PARAMETER = "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id";

    /** The {@code recordFqdn} output of a stack without {@code ecs-platform:domain}. */
    static final String NO_DOMAIN = "none: ecs-platform:domain is not set, the service answers HTTP on albDnsName only";

    private App() {
    }

    /**
     * Validates the whole stack configuration before anything is registered, then runs the stack.
     * Invalid config, or the committed examples' placeholders, end the process with the list of
     * problems and exit code 1, never a stack trace.
     */
    public static void main(String[] args) {
        int status = run(System.getenv(), System.err,
                config -> Pulumi.run(ctx -> stack(ctx, config, new AccountCheckedLookups(new AwsLookups(), config))));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The real entry point with its edges injectable: reads the configuration from the engine's
     * {@code environment}, refuses invalid config and placeholders on {@code err}, and hands a
     * deployable configuration to {@code deploy} (the Pulumi engine, in {@link #main}).
     *
     * @return the process's exit code: 0 when {@code deploy} ran, 1 when the configuration was refused
     */
    static int run(Map<String, String> environment, PrintStream err, Consumer<StackConfig> deploy) {
        RawConfig raw;
        StackConfig config;
        try {
            raw = RawConfig.fromEnvironment(environment);
            config = StackConfigLoader.load(raw);
        } catch (ConfigException invalid) {
            err.println(invalid.getMessage());
            return 1;
        }
        var placeholders = ExamplePlaceholders.find(config, raw.secretKeys());
        if (!placeholders.isEmpty()) {
            err.println(new ConfigException(raw.stackFile(), placeholders).getMessage());
            err.println("These are the examples' placeholders, fine for the offline synth and wrong for AWS;"
                    + " nothing was created. Replace each one: " + ExamplePlaceholders.CHECKLIST + ".");
            return 1;
        }
        // Shown by `pulumi preview` and `pulumi up` as the program's output, so the stack file's owner sees them.
        ServiceRoutingRules.advice(config).forEach(err::println);
        deploy.accept(config);
        return 0;
    }

    /** The stack: components wired in the order of the architecture diagram, then the stack outputs. */
    public static void stack(Context ctx, StackConfig config, Lookups lookups) {
        String prefix = PROJECT + "-" + config.stackName();
        // Every component, and so every resource, carries the stack's standard tags.
        var tagged = standardTags(config).componentOptions();
        var policy = OperationalPolicy.of(config.profile());
        var accountId = lookups.accountId();
        // The validator refused any region missing from the table.
        var region = AwsRegions.lookup(config.region()).orElseThrow();
        var zoneNames = lookups.availabilityZoneNames();

        var network = new Network("net", NetworkArgs.builder()
                .namePrefix(prefix)
                .vpcCidr(Ipv4Cidr.of(config.network().vpcCidr()))
                .azCount(config.network().availabilityZones())
                .availabilityZones(zoneNames)
                .natStrategy(config.network().natGateways())
                .flowLogRetentionDays(config.network().flowLogRetentionDays())
                .protect(policy.guards(Guarded.VPC, Safeguard.PULUMI_PROTECT))
                .retainLogsOnDelete(policy.guards(Guarded.LOG_GROUPS, Safeguard.RETAIN_ON_DELETE))
                .accountId(accountId)
                .build(), tagged);

        var bastionConfig = config.bastion();
        var securityGroups = new SecurityGroups("firewall", SecurityGroupsArgs.builder()
                .namePrefix(prefix)
                .vpcId(network.vpcId)
                .bastionEnabled(bastionConfig.enabled())
                .bastionAllowedCidrs(bastionConfig.allowedCidrs())
                .databasePort(config.database().enabled() ? Optional.of(config.database().port()) : Optional.empty())
                .privateEndpoints(config.network().natGateways() == NatStrategy.NONE)
                .build(), tagged);

        securityGroups.endpointSecurityGroupId.ifPresent(endpointGroupId -> new PrivateEndpoints("endpoints",
                PrivateEndpointsArgs.builder()
                        .namePrefix(prefix)
                        .region(config.region())
                        .vpcId(network.vpcId)
                        .privateSubnetIds(network.privateSubnetIds)
                        .privateRouteTableIds(network.privateRouteTableIds)
                        .securityGroupId(endpointGroupId)
                        .build(), tagged));

        var database = securityGroups.databaseSecurityGroupId.map(groupId -> new Database("db", DatabaseArgs.builder()
                .namePrefix(prefix)
                .identifier(DatabaseRules.identifier(PROJECT, config.stackName()))
                .config(config.database())
                .vpcId(network.vpcId)
                .vpcCidr(Ipv4Cidr.of(config.network().vpcCidr()))
                .azCount(config.network().availabilityZones())
                .availabilityZones(zoneNames)
                .securityGroupId(groupId)
                .policy(DatabasePolicy.of(config.profile()))
                .logRetentionDays(policy.logRetentionDays())
                .retainLogsOnDelete(policy.guards(Guarded.LOG_GROUPS, Safeguard.RETAIN_ON_DELETE))
                .protect(policy.guards(Guarded.DATABASE, Safeguard.PULUMI_PROTECT))
                .build(), tagged));

        var access = new Access("access", AccessArgs.builder()
                .namePrefix(prefix)
                .sshPublicKey(config.sshPublicKey())
                .sshPublicKeySecret(config.secrets().sshPublicKey())
                .bastion(securityGroups.bastionSecurityGroupId.map(groupId -> BastionPlacement.builder()
                        .instanceType(bastionConfig.instanceType())
                        .amiId(lookups.ssmParameter(AMAZON_LINUX_2023_AMI_PARAMETER))
                        .subnetId(network.publicSubnetIds.get(0))
                        .securityGroupId(groupId)
                        .internetGateway(network.internetGateway)
                        .build()))
                .build(), tagged);

        var capacity = new EcsCapacity("compute", EcsCapacityArgs.builder()
                .namePrefix(prefix)
                .cluster(config.cluster())
                .amiId(config.cluster().amiId().map(Output::of).orElseGet(() -> lookups.ssmParameter(ECS_OPTIMIZED_AMI_PARAMETER)))
                .privateSubnetIds(network.privateSubnetIds)
                .instanceSecurityGroupId(securityGroups.instanceSecurityGroupId)
                .keyName(access.keyName)
                .containerStopTimeoutSeconds(policy.timing().stopTimeoutSeconds())
                .agentReservedMemoryMiB(InstanceTypes.ECS_RESERVED_MEMORY_MIB)
                .build(), tagged);

        var zoneId = config.domain().map(domain -> lookups.publicHostedZoneId(domain.zoneName()));
        var certificate = config.domain().map(domain -> new TlsCertificate("tls", new TlsCertificateArgs(
                domain.fqdn(), zoneId.orElseThrow()), tagged));

        var accessLogs = new AccessLogBucket("access-logs", AccessLogBucketArgs.builder()
                .namePrefix(prefix)
                .logDeliveryPrincipal(region.logDeliveryPrincipal())
                .accountId(accountId)
                .retentionDays(policy.logRetentionDays())
                .keepAfterDestroy(policy.guards(Guarded.ACCESS_LOG_BUCKET, Safeguard.RETAIN_ON_DELETE))
                .build(), tagged);

        var edge = new LoadBalancer("edge", LoadBalancerArgs.builder()
                .namePrefix(prefix)
                .vpcId(network.vpcId)
                .publicSubnetIds(network.publicSubnetIds)
                .internetGateway(network.internetGateway)
                .securityGroupId(securityGroups.albSecurityGroupId)
                .services(config.services().entrySet().stream()
                        .map(service -> new ServiceTarget(service.getKey(), service.getValue().containerPort(),
                                service.getValue().healthCheckPath(), service.getValue().routing()))
                        .toList())
                .timing(policy.timing())
                .deletionProtection(policy.guards(Guarded.LOAD_BALANCER, Safeguard.AWS_DELETION_PROTECTION))
                .protect(policy.guards(Guarded.LOAD_BALANCER, Safeguard.PULUMI_PROTECT))
                .certificateArn(certificate.map(tls -> tls.certificateArn))
                .accessLogs(new AccessLogDestination(accessLogs.bucketName, accessLogs.logPrefix, accessLogs.writePermission))
                .build(), tagged);

        var alarms = new Alarms("alarms", AlarmsArgs.builder()
                .namePrefix(prefix)
                .alarmEmail(config.alarmEmail())
                .loadBalancerArnSuffix(edge.arnSuffix)
                .clusterName(capacity.clusterName)
                .services(config.services().entrySet().stream()
                        .map(service -> ServiceWatch.builder()
                                .service(service.getKey())
                                .targetGroupArnSuffix(edge.targets.get(service.getKey()).arnSuffix())
                                .serviceName(EcsService.serviceName(prefix, service.getKey()))
                                .minimumTasks(service.getValue().minCount())
                                .scheduledMinimum(service.getValue().lowestMinimum())
                                .isDefault(service.getValue().isDefault())
                                .build())
                        .toList())
                .region(config.region())
                .accountId(accountId)
                .alarmEmailSecret(config.secrets().alarmEmail())
                .build(), tagged);

        // One component per service, named after it: the stack's first service, web, keeps its URNs.
        var services = new LinkedHashMap<String, EcsService>();
        config.services().forEach((name, settings) -> services.put(name, new EcsService(name, EcsServiceArgs.builder()
                .namePrefix(prefix)
                .region(config.region())
                .service(settings)
                .policy(policy)
                .clusterArn(capacity.clusterArn)
                .clusterName(capacity.clusterName)
                .capacityProviderName(capacity.capacityProviderName)
                .capacityProviderAssociation(capacity.capacityProviderAssociation)
                .targetGroupArn(edge.targets.get(name).arn())
                .targetGroupListeners(edge.targets.get(name).attachments())
                .requestCountResourceLabel(edge.targets.get(name).requestCountResourceLabel())
                .deploymentAlarmNames(alarms.deploymentAlarmNames.get(name))
                .accountId(accountId)
                // Only the services that ask for it reach the database (by default the default service).
                .database(database.filter(db -> settings.usesDatabase()).map(Database::connection))
                .serviceSecret(config.secrets().service())
                .build(), tagged)));
        var service = services.get(config.defaultServiceName());

        database.ifPresent(db -> new DatabaseAlarms("db-alarms", DatabaseAlarmsArgs.builder()
                .namePrefix(prefix)
                .instanceIdentifier(db.identifier)
                .config(config.database())
                .topicArn(alarms.topicArn)
                .build(), ComponentResourceOptions.builder().parent(db).build()));

        var alias = config.domain().map(domain -> new DnsAlias("dns", DnsAliasArgs.builder()
                .fqdn(domain.fqdn())
                .zoneId(zoneId.orElseThrow())
                .targetDnsName(edge.dnsName)
                .targetZoneId(edge.zoneId)
                .protect(policy.guards(Guarded.DNS_RECORD, Safeguard.PULUMI_PROTECT))
                .build(), tagged));

        ctx.export("vpcId", network.vpcId);
        ctx.export("publicSubnetIds", Output.all(network.publicSubnetIds));
        ctx.export("privateSubnetIds", Output.all(network.privateSubnetIds));
        access.bastionInstanceId.ifPresent(id -> ctx.export("bastionInstanceId", id));
        access.bastionPublicIp.ifPresent(ip -> {
            ctx.export("bastionPublicIp", ip);
            ctx.export("sshCommand", ip.applyValue(address -> "ssh -A ec2-user@" + address));
        });
        ctx.export("albDnsName", edge.dnsName);
        ctx.export("clusterName", capacity.clusterName);
        ctx.export("serviceName", service.serviceName);
        ctx.export("logGroupName", service.logGroupName);
        ctx.export("alarmTopicArn", alarms.topicArn);
        database.ifPresent(db -> {
            ctx.export("dbEndpoint", db.address);
            ctx.export("dbPort", db.port);
            ctx.export("dbSecretArn", db.secretArn);
        });
        Output<String> url;
        if (alias.isPresent()) {
            ctx.export("recordFqdn", alias.get().fqdn);
            url = alias.get().fqdn.applyValue(fqdn -> "https://" + fqdn);
        } else {
            ctx.export("recordFqdn", Output.of(NO_DOMAIN));
            url = edge.dnsName.applyValue(dnsName -> "http://" + dnsName);
        }
        ctx.export("url", url);
        ctx.export("services", servicesOutput(config, services, url));
    }

    /** The {@code services} output: each service's name to its {@code url} and ECS {@code serviceName}, in order. */
    private static Output<Map<String, TreeMap<String, String>>> servicesOutput(StackConfig config, Map<String, EcsService> services,
                                                                          Output<String> stackUrl) {
        var entries = services.entrySet().stream()
                .map(entry -> Output.tuple(stackUrl, entry.getValue().serviceName).applyValue(refs -> Map.entry(entry.getKey(),
                        // Sorted, so the output (and the reviewed snapshot) is the same on every run.
                        new TreeMap<>(Map.of("url", serviceUrl(refs.t1, config.services().get(entry.getKey())), "serviceName", refs.t2)))))
                .toList();
        return Output.all(entries).applyValue(list -> {
            var byName = new LinkedHashMap<String, TreeMap<String, String>>();
            list.forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
            return byName;
        });
    }

    /**
     * Where a service answers: the stack's URL for the default service; for a routed one, its first host
     * header (when it has no wildcard; the scheme is the stack's) and its first path pattern up to the
     * first wildcard ({@code /api/*} becomes {@code /api/}).
     */
    static String serviceUrl(String stackUrl, ServiceConfig service) {
        if (service.isDefault()) {
            return stackUrl;
        }
        RoutingConfig routing = service.routing().get();
        String scheme = stackUrl.substring(0, stackUrl.indexOf("://") + 3);
        String host = routing.hostHeaders().stream().filter(name -> !name.contains("*") && !name.contains("?")).findFirst()
                .orElse(stackUrl.substring(scheme.length()));
        String path = routing.pathPatterns().stream().findFirst()
                .map(pattern -> pattern.split("[*?]", 2)[0])
                .orElse("");
        return scheme + host + path;
    }

    /** Tags every taggable resource carries; the stack's own {@code ecs-platform:tags} win. */
    static StandardTags standardTags(StackConfig config) {
        var tags = new TreeMap<String, String>();
        tags.put("Project", PROJECT);
        tags.put("Stack", config.stackName());
        tags.put("Environment", config.profile().configValue());
        tags.put("ManagedBy", "pulumi");
        tags.putAll(config.tags());
        return StandardTags.of(tags);
    }
}
