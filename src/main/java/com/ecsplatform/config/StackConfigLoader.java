package com.ecsplatform.config;

import com.ecsplatform.network.NatStrategy;
import com.ecsplatform.config.InstanceTypes.InstanceType;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a stack's raw configuration into a validated {@link StackConfig}, or fails with every problem
 * at once. Keys are {@code <namespace>:<name>}: {@code aws:region} is required and must be a known
 * region, other {@code aws:*} keys must be settings the AWS provider reads ({@link AwsProviderKeys}),
 * other namespaces belong to other tools and are left alone; every {@code ecs-platform:*} key must be
 * one this program reads.
 *
 * <p>A key or field left out gets the default of the stack's {@link Profile} ({@link Defaults}). When
 * the profile itself is missing or invalid, the rest is still checked against the dev defaults so
 * that one run reports everything.
 */
public final class StackConfigLoader {

    /** The project's config namespace, its name in {@code Pulumi.yaml}. */
    public static final String NAMESPACE = "ecs-platform";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static final String REGION_KEY = "aws:region";
    /** 255, ECS's limit, less "ecs-platform-" and "-web". */
    static final int MAX_STACK_NAME_LENGTH = 255 - NAMESPACE.length() - 1 - "-web".length();
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_STACK_NAME_LENGTH + "}");

    private static final List<String> PROFILES = List.of(Profile.DEV.configValue(), Profile.PROD.configValue());
    private static final String CLUSTER_INSTANCE_TYPE = key("cluster.instanceType");

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
        ObjectReader keys = projectKeys(raw, problems);

        Optional<Profile> profile = keys.requiredString("profile", "set it to dev or prod", StackConfigLoader::profileProblem)
                .map(value -> Profile.valueOf(value.toUpperCase(Locale.ROOT)));
        Defaults defaults = Defaults.of(profile.orElse(Profile.DEV));

        NetworkConfig network = NetworkSection.read(keys, defaults.network());
        checkZonesAvailable(region, network, problems);
        String sshPublicKey = keys.requiredString("sshPublicKey",
                        "paste the single line of your public key file, like ~/.ssh/id_ed25519.pub",
                        (value, shown) -> SshPublicKeys.problem(value))
                .map(String::strip)
                .orElse("");
        BastionConfig bastion = BastionSection.read(keys.object("bastion"), defaults.bastion());
        DatabaseTierConfig database = DatabaseSection.read(keys.object("database"), defaults.database(), profile);
        ClusterConfig cluster = ClusterSection.read(keys.object("cluster"), defaults.cluster());
        var services = ServicesSection.read(keys, defaults.service(), profile, trustedInstanceType(cluster, problems));
        Optional<DomainConfig> domain = DomainSection.read(keys.optionalObject("domain"));
        Map<String, String> tags = TagsSection.read(keys);
        Optional<String> alarmEmail = keys.string("alarmEmail", StackConfigLoader::emailProblem);
        keys.rejectUnknownFields();

        var config = StackConfig.builder()
                .stackName(raw.stackName()).stackFile(raw.stackFile()).region(region).profile(profile.orElse(Profile.DEV))
                .network(network).sshPublicKey(sshPublicKey).bastion(bastion).database(database).cluster(cluster)
                .services(services.byName(), services.defaultName()).legacyServiceKey(services.legacy()).domain(domain).tags(tags).alarmEmail(alarmEmail)
                .secrets(new ConfigSecrets(raw.secretKeys()))
                .build();
        if (profile.equals(Optional.of(Profile.PROD))) {
            ProdRules.check(config, problems);
        }
        DatabaseRules.check(config, problems);
        ServiceRoutingRules.check(config, problems);
        ScheduleSection.checkAgainstStack(config, prodTaskFloor(profile, config, problems), problems);
        if (config.network().natGateways() == NatStrategy.NONE) {
            IsolatedNetworkRules.check(config, problems);
        }
        problems.throwIfAny(raw.stackFile());
        return config;
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

    /** A plain address: SNS mails a confirmation link to it, and nothing is sent until it is followed. */
    private static Optional<String> emailProblem(String email, String shown) {
        return EMAIL.matcher(email).matches()
                ? Optional.empty()
                : Optional.of(shown + " is not an email address (like oncall@example.com)");
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
                    + Checks.didYouMean(shown, Suggestions.closest(value.strip(), AwsRegions.names())));
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

    /** {@code availabilityZones} must not ask for more zones than every account gets in the region. */
    private static void checkZonesAvailable(String region, NetworkConfig network, Problems problems) {
        String zonesKey = key("availabilityZones");
        AwsRegions.lookup(region)
                .filter(known -> !problems.has(zonesKey) && network.availabilityZones() > known.zones())
                .ifPresent(known -> problems.add(zonesKey, "asks for " + network.availabilityZones()
                        + " Availability Zones, but " + region + " (aws:region) has " + known.zones()
                        + "; set availabilityZones to " + known.zones() + " or fewer, or pick a region with more zones"));
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
     * The {@code ecs-platform:*} keys as an object to read fields from. Other namespaces are skipped; a
     * key without a namespace, or in a namespace one typo away from ours, would be silently ignored by
     * Pulumi's own config lookup, so it is reported.
     */
    private static ObjectReader projectKeys(RawConfig raw, Problems problems) {
        var keys = new JsonObject();
        Set<String> encrypted = new HashSet<>();
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
                keys.add(name, value.isBlank() ? JsonNull.INSTANCE : new JsonPrimitive(value));
                if (raw.isEncrypted(fullKey)) {
                    encrypted.add(name);
                }
            } else if (namespace.equals("aws")) {
                checkProviderKey(fullKey, name, problems);
            } else if (Suggestions.closest(namespace, List.of(NAMESPACE)).isPresent()) {
                problems.add(fullKey, "unknown namespace; did you mean " + key(name) + "?");
            }
        });
        return ObjectReader.namespace(NAMESPACE, keys, encrypted, problems);
    }

    private static Optional<String> profileProblem(String value, String shown) {
        return PROFILES.contains(value)
                ? Optional.empty()
                : Optional.of(shown + " is not a profile: use dev or prod" + Checks.didYouMean(shown, Suggestions.closest(value, PROFILES)));
    }

    /** The cluster's instance type for sizing checks, unless it is invalid (then it is a fallback, not what was meant). */
    private static Optional<InstanceType> trustedInstanceType(ClusterConfig cluster, Problems problems) {
        if (problems.has(CLUSTER_INSTANCE_TYPE) || problems.hasExactly(key("cluster"))) {
            return Optional.empty();
        }
        return InstanceTypes.lookup(cluster.instanceType());
    }
}
