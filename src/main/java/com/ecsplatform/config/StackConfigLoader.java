package com.ecsplatform.config;

import com.ecsplatform.aws.AwsRegions;
import com.ecsplatform.aws.AwsProviderKeys;
import com.ecsplatform.network.NatStrategy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a stack's raw configuration into a validated {@link StackConfig}, or fails with every problem
 * at once. Keys are {@code <namespace>:<name>}: {@code aws:region} is required and must be a known
 * region, other {@code aws:*} keys must be settings the AWS provider reads ({@link AwsProviderKeys}),
 * other namespaces belong to other tools and are left alone; every {@code ecs-platform:*} key must be
 * one the schema describes.
 *
 * <p>Four steps: the project's keys become one JSON tree, typed as the schema declares (the engine
 * passes strings); {@link ConfigSchema} checks it and removes what it refuses; the records are filled
 * from the tree, a value left out (or refused) taking the default of the stack's {@link Profile}
 * ({@link Defaults}; dev when the profile itself is missing or invalid, so one run reports everything);
 * then the {@code *Rules} check what a schema cannot: AWS facts and rules across keys.
 */
public final class StackConfigLoader {

    /** The project's config namespace, its name in {@code Pulumi.yaml}. */
    public static final String NAMESPACE = "ecs-platform";

    static final String REGION_KEY = "aws:region";
    /** 255, ECS's limit, less "ecs-platform-" and "-web". */
    static final int MAX_STACK_NAME_LENGTH = 255 - NAMESPACE.length() - 1 - "-web".length();
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_STACK_NAME_LENGTH + "}");

    private StackConfigLoader() {
    }

    /**
     * Validates {@code raw} and builds the stack's configuration.
     *
     * @throws ConfigException listing every problem found, none of them quoting a secret
     */
    public static StackConfig load(RawConfig raw) {
        var problems = new Problems(raw.secretKeys());
        checkStackName(raw.stackName(), problems);
        secrets(raw, problems);
        String region = region(raw, problems);
        ObjectNode tree = projectKeys(raw, problems);
        ConfigSchema.validate(tree, problems);

        var keys = new Fields(tree, "", problems);
        Optional<Profile> profile = keys.text(key("profile")).map(value -> Profile.valueOf(value.toUpperCase(Locale.ROOT)));
        Defaults defaults = Defaults.of(profile.orElse(Profile.DEV));
        var services = ServicesReader.read(keys, defaults.service());
        var config = StackConfig.builder()
                .stackName(raw.stackName()).stackFile(raw.stackFile()).region(region).profile(profile.orElse(Profile.DEV))
                .network(network(keys, defaults.network()))
                .sshPublicKey(keys.text(key("sshPublicKey")).map(String::strip).orElse(""))
                .bastion(bastion(keys.object(key("bastion")), defaults.bastion()))
                .database(DatabaseRules.read(keys.object(key("database")), defaults.database()))
                .cluster(cluster(keys.object(key("cluster")), defaults.cluster()))
                .services(services.byName()).defaultServiceName(services.defaultName()).legacyServiceKey(services.legacy())
                .domain(keys.has(key("domain")) ? domain(keys.object(key("domain"))) : Optional.empty())
                .tags(keys.textMap(key("tags")).orElse(Map.of()))
                .alarmEmail(keys.text(key("alarmEmail")))
                .secrets(new ConfigSecrets(raw.secretKeys()))
                .build();

        SshPublicKeys.problem(config.sshPublicKey()).filter(problem -> keys.has(key("sshPublicKey")))
                .ifPresent(message -> problems.add(key("sshPublicKey"), message));
        NetworkRules.check(config, keys, problems);
        BastionRules.check(config, keys.object(key("bastion")), problems);
        ClusterRules.check(config, problems);
        DatabaseRules.checkFields(config, profile, problems);
        ServiceRules.check(config, profile, problems);
        DomainRules.check(config, problems);
        TagRules.check(config, problems);
        if (profile.equals(Optional.of(Profile.PROD))) {
            ProdRules.check(config, problems);
        }
        DatabaseRules.check(config, problems);
        ServiceRoutingRules.check(config, problems);
        ScheduleRules.checkAgainstStack(config, prodTaskFloor(profile, config, problems), problems);
        if (config.network().natGateways() == NatStrategy.NONE) {
            IsolatedNetworkRules.check(config, problems);
        }
        problems.throwIfAny(raw.stackFile());
        return config;
    }

    private static NetworkConfig network(Fields keys, NetworkConfig defaults) {
        return new NetworkConfig(
                keys.text(key("vpcCidr")).orElse(defaults.vpcCidr()),
                keys.integer(key("availabilityZones")).orElse(defaults.availabilityZones()),
                keys.text(key("natGateways")).map(StackConfigLoader::natStrategy).orElse(defaults.natGateways()),
                keys.integer(key("flowLogRetentionDays")).orElse(defaults.flowLogRetentionDays()));
    }

    private static NatStrategy natStrategy(String value) {
        return Arrays.stream(NatStrategy.values()).filter(strategy -> strategy.configValue().equals(value)).findFirst().orElseThrow();
    }

    private static BastionConfig bastion(Fields bastion, BastionConfig defaults) {
        return new BastionConfig(
                bastion.bool("enabled").orElse(defaults.enabled()),
                bastion.text("instanceType").orElse(defaults.instanceType()),
                bastion.texts("allowedCidrs").orElse(defaults.allowedCidrs()));
    }

    private static ClusterConfig cluster(Fields cluster, ClusterConfig defaults) {
        return ClusterConfig.builder()
                .instanceType(cluster.text("instanceType").orElse(defaults.instanceType()))
                .minSize(cluster.integer("minSize").orElse(defaults.minSize()))
                .maxSize(cluster.integer("maxSize").orElse(defaults.maxSize()))
                .desiredCapacity(cluster.integer("desiredCapacity").orElse(defaults.desiredCapacity()))
                .rootVolumeGiB(cluster.integer("rootVolumeGiB").orElse(defaults.rootVolumeGiB()))
                .amiId(cluster.text("amiId").or(defaults::amiId))
                .targetCapacityPercent(cluster.integer("targetCapacityPercent").orElse(defaults.targetCapacityPercent()))
                .instanceWarmupSeconds(cluster.integer("instanceWarmupSeconds").orElse(defaults.instanceWarmupSeconds()))
                .build();
    }

    /** Empty when a name is missing or refused (reported): the stack then has no domain to check further. */
    private static Optional<DomainConfig> domain(Fields domain) {
        return domain.text("zoneName").map(DomainRules::withoutTrailingDot)
                .flatMap(zone -> domain.text("recordName").map(record -> new DomainConfig(zone, record)));
    }

    /**
     * Reports each secret that could not stay secret ({@link SecretRules}): a whole key, or, where the stack
     * file shows it, the field inside an object that holds the encrypted value.
     */
    private static void secrets(RawConfig raw, Problems problems) {
        raw.secretKeys().stream()
                .filter(key -> !SecretRules.mayBeSecret(key))
                .forEach(key -> problems.add(key, SecretRules.notSecretCapable()));
        raw.encryptedPaths().stream()
                .filter(path -> path.startsWith(NAMESPACE + ":"))
                .filter(path -> SecretRules.mayBeSecret(topKey(path)) && SecretRules.standIn(path, "").isEmpty())
                .forEach(path -> problems.add(path, path.equals(topKey(path))
                        ? "is encrypted as a whole, so its fields cannot be checked; keep the object in plain text and"
                                + " encrypt only the secret fields (pulumi config set --secret --path '" + path + ".environment.NAME' ...)"
                        : SecretRules.notSecretCapable()));
    }

    /** {@code ecs-platform:service} of {@code ecs-platform:service.environment.X}. */
    private static String topKey(String path) {
        int colon = path.indexOf(':');
        int end = colon;
        while (end + 1 < path.length() && path.charAt(end + 1) != '.' && path.charAt(end + 1) != '[') {
            end++;
        }
        return path.substring(0, end + 1);
    }

    /** Prod's fewest tasks, for the schedules; empty outside prod or when the AZ count is invalid. */
    private static Optional<Integer> prodTaskFloor(Optional<Profile> profile, StackConfig config, Problems problems) {
        if (!profile.equals(Optional.of(Profile.PROD)) || problems.has(key("availabilityZones"))) {
            return Optional.empty();
        }
        return Optional.of(ProdRules.taskFloor(config.network().availabilityZones()));
    }

    /** The fully qualified key of {@code path} in the project's namespace: {@code ecs-platform:<path>}. */
    static String key(String path) {
        return NAMESPACE + ":" + path;
    }

    private static String region(RawConfig raw, Problems problems) {
        String value = raw.values().getOrDefault(REGION_KEY, "");
        if (raw.isEncrypted(REGION_KEY)) {
            return value; // reported by secrets()
        } else if (value.isBlank()) {
            problems.add(REGION_KEY, "is required: set it to the region to deploy into, like ap-northeast-2");
        } else if (AwsRegions.lookup(value).isEmpty()) {
            String shown = problems.quote(REGION_KEY, value);
            problems.add(REGION_KEY, shown + " is not a commercial AWS region this program knows (like ap-northeast-2;"
                    + " GovCloud and China are not supported)"
                    + Suggestions.didYouMean(shown, Suggestions.closest(value.strip(), AwsRegions.names())));
        }
        return value;
    }

    /**
     * The stack name becomes part of the task definition family and the ECS service name, which
     * allow up to 255 letters, numbers, hyphens and underscores (ECS API reference,
     * RegisterTaskDefinition {@code family}, CreateService {@code serviceName}); Pulumi also allows dots.
     */
    private static void checkStackName(String stackName, Problems problems) {
        if (!STACK_NAME.matcher(stackName).matches()) {
            problems.add("", "the stack name \"" + stackName + "\" names the ECS service and task family, which allow"
                    + " only letters, numbers, hyphens and underscores, up to " + MAX_STACK_NAME_LENGTH
                    + " characters: rename the stack (pulumi stack rename)");
        }
    }

    /** An {@code aws:} key the provider does not read: it would be silently ignored. */
    private static void checkProviderKey(String fullKey, String name, Problems problems) {
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (!AwsProviderKeys.NAMES.contains(base)) {
            problems.add(fullKey, "is not a setting of the Pulumi AWS provider, so it would be ignored"
                    + Suggestions.closest(base, AwsProviderKeys.NAMES).map(known -> "; did you mean aws:" + known + "?").orElse(""));
        }
    }

    /**
     * The {@code ecs-platform:*} keys as one tree, each value typed as the schema declares it. Other
     * namespaces are skipped; a key without a namespace, or in a namespace one typo away from ours, would
     * be silently ignored by Pulumi's own config lookup, so it is reported. An encrypted value that cannot
     * be a secret is left out (reported by {@link #secrets}), and so is a blank one. An object key left out
     * is an empty object, so the schema names its required fields.
     */
    private static ObjectNode projectKeys(RawConfig raw, Problems problems) {
        ObjectNode keys = JsonNodeFactory.instance.objectNode();
        raw.values().forEach((fullKey, value) -> {
            int colon = fullKey.indexOf(':');
            if (colon < 0) {
                problems.add(fullKey, "has no namespace; write it as " + key(fullKey)
                        + " (or aws:" + fullKey + " for the AWS provider)");
                return;
            }
            String namespace = fullKey.substring(0, colon);
            String name = fullKey.substring(colon + 1);
            if (namespace.equals(NAMESPACE)) {
                if (!value.isBlank() && !raw.isEncrypted(fullKey)) {
                    parsed(fullKey, value, problems).ifPresent(node -> keys.set(fullKey, ConfigSchema.coerce(node, ConfigSchema.key(fullKey))));
                }
            } else if (namespace.equals("aws")) {
                checkProviderKey(fullKey, name, problems);
            } else if (Suggestions.closest(namespace, List.of(NAMESPACE)).isPresent()) {
                problems.add(fullKey, "unknown namespace; did you mean " + key(name) + "?");
            }
        });
        // Neither form of the services: reported as the legacy key's missing image, the one field a service needs.
        if (!keys.has(key("service")) && !keys.has(key("services")) && !problems.has(key("service"), key("services"))) {
            keys.set(key("service"), JsonNodeFactory.instance.objectNode());
        }
        return keys;
    }

    /** A value as the engine passes it: JSON text for an object or a list, else the text itself. */
    private static Optional<JsonNode> parsed(String fullKey, String value, Problems problems) {
        String text = value.strip();
        if (!ConfigSchema.takesStructure(fullKey) || !text.startsWith("{") && !text.startsWith("[")) {
            return Optional.of(JsonNodeFactory.instance.textNode(value));
        }
        try {
            return Optional.of(ConfigSchema.JSON.readTree(text));
        } catch (JsonProcessingException e) {
            problems.add(fullKey, "is not valid JSON: " + e.getOriginalMessage().replaceFirst(" \\(.*", "")
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr()));
            return Optional.empty();
        }
    }
}
