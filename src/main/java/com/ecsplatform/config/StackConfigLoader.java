package com.ecsplatform.config;

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
 * at once. Keys are {@code <namespace>:<name>}: {@code aws:region} is required, other {@code aws:*}
 * keys are provider settings and other namespaces belong to other tools, so both are left alone;
 * every {@code ecs-platform:*} key must be one this program reads.
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

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d");
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
        String region = region(raw, problems);
        ObjectReader keys = projectKeys(raw, problems);

        Optional<Profile> profile = keys.requiredString("profile", "set it to dev or prod", StackConfigLoader::profileProblem)
                .map(value -> Profile.valueOf(value.toUpperCase(Locale.ROOT)));
        Defaults defaults = Defaults.of(profile.orElse(Profile.DEV));

        NetworkConfig network = NetworkSection.read(keys, defaults.network());
        String sshPublicKey = keys.requiredString("sshPublicKey",
                        "paste the single line of your public key file, like ~/.ssh/id_ed25519.pub",
                        (value, shown) -> SshPublicKeys.problem(value))
                .map(String::strip)
                .orElse("");
        BastionConfig bastion = BastionSection.read(keys.object("bastion"), defaults.bastion());
        DatabaseTierConfig database = database(keys.object("database"), defaults.database());
        ClusterConfig cluster = ClusterSection.read(keys.object("cluster"), defaults.cluster());
        ServiceConfig service = ServiceSection.read(keys.object("service"), defaults.service(), profile,
                trustedInstanceType(cluster, problems));
        Optional<DomainConfig> domain = DomainSection.read(keys.optionalObject("domain"));
        Map<String, String> tags = TagsSection.read(keys);
        Optional<String> alarmEmail = keys.string("alarmEmail", StackConfigLoader::emailProblem);
        keys.rejectUnknownFields();

        var config = new StackConfig(raw.stackName(), raw.stackFile(), region, profile.orElse(Profile.DEV), network,
                sshPublicKey, bastion, database, cluster, service, domain, tags, alarmEmail);
        if (profile.equals(Optional.of(Profile.PROD))) {
            ProdRules.check(config, problems);
        }
        ScheduleSection.checkAgainstStack(config, prodTaskFloor(profile, config, problems), problems);
        if (config.network().natGateways() == NatStrategy.NONE) {
            IsolatedNetworkRules.check(config, problems);
        }
        problems.throwIfAny(raw.stackFile());
        return config;
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
            problems.add(REGION_KEY, Problems.ENCRYPTED);
        } else if (value.isBlank()) {
            problems.add(REGION_KEY, "is required: set it to the region to deploy into, like ap-northeast-2");
        } else if (!REGION.matcher(value).matches()) {
            String shown = problems.quote(REGION_KEY, value);
            String lowerCase = value.toLowerCase(Locale.ROOT);
            problems.add(REGION_KEY, shown + " is not an AWS region name (like ap-northeast-2)"
                    + Checks.didYouMean(shown, REGION.matcher(lowerCase).matches() ? Optional.of(lowerCase) : Optional.empty()));
        }
        return value;
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
            } else if (!namespace.equals("aws") && Suggestions.closest(namespace, List.of(NAMESPACE)).isPresent()) {
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

    private static DatabaseTierConfig database(ObjectReader database, DatabaseTierConfig defaults) {
        var config = new DatabaseTierConfig(
                database.bool("enabled").orElse(defaults.enabled()),
                database.integer("port", Checks.between(1, 65535)).orElse(defaults.port()));
        database.rejectUnknownFields();
        return config;
    }

    /** The cluster's instance type for sizing checks, unless it is invalid (then it is a fallback, not what was meant). */
    private static Optional<InstanceType> trustedInstanceType(ClusterConfig cluster, Problems problems) {
        if (problems.has(CLUSTER_INSTANCE_TYPE) || problems.hasExactly(key("cluster"))) {
            return Optional.empty();
        }
        return InstanceTypes.lookup(cluster.instanceType());
    }
}
