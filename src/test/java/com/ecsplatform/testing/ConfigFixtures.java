package com.ecsplatform.testing;

import com.ecsplatform.App;
import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.ConfigProblem;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Complete, valid stack configurations to start a test from, one per profile, and helpers to bend one
 * field at a time. These values belong to the tests: they are written here, not read from the
 * committed {@code Pulumi.<stack>.yaml} files, which belong to their users and may change freely
 * (the snapshot test checks those). A test that needs a stack file writes one from these values
 * ({@link StackFileFixtures}).
 *
 * <pre>{@code
 * var values = ConfigFixtures.devRaw();
 * ConfigFixtures.set(values, "ecs-platform:cluster.minSize", 5);
 * List<ConfigProblem> problems = ConfigFixtures.problems(values);
 * }</pre>
 */
public final class ConfigFixtures {

    /** The dev fixture's key pair (a throwaway key generated for this repository). */
    public static final String DEV_SSH_PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHeML+7YkSStl1mpmZ7Wz/D3PPy6ZHCRoND2iGe/7kCC platform@ecs-platform";
    /** The prod fixture's key pair (a throwaway key generated for this repository). */
    public static final String PROD_SSH_PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGNJa322oUFi88rMjYy96P/Cq7R/9R9xHcPb33E5rxEj prod@ecs-platform";

    /** The prod fixture's on-call address (a reserved example domain). */
    public static final String ALARM_EMAIL = "oncall@example.com";
    public static final String IMAGE = "nginxinc/nginx-unprivileged:1.27-alpine";
    public static final String DB_PASSWORD_PARAMETER =
            "arn:aws:ssm:ap-northeast-2:123456789012:parameter/ecs-platform/prod/db-password";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private ConfigFixtures() {
    }

    /** The dev fixture: fully qualified key to raw value, as the engine passes it. A fresh, mutable map. */
    public static Map<String, String> devRaw() {
        var values = new LinkedHashMap<String, String>();
        values.put("aws:region", "ap-northeast-2");
        values.put("ecs-platform:profile", "dev");
        values.put("ecs-platform:vpcCidr", "10.10.0.0/16");
        values.put("ecs-platform:availabilityZones", "2");
        values.put("ecs-platform:natGateways", "single");
        values.put("ecs-platform:sshPublicKey", DEV_SSH_PUBLIC_KEY);
        values.put("ecs-platform:bastion", json(fields(
                "enabled", true,
                "instanceType", "t3.micro",
                "allowedCidrs", List.of("203.0.113.0/24"))));
        values.put("ecs-platform:database", json(fields("enabled", false)));
        values.put("ecs-platform:cluster", json(fields(
                "instanceType", "t3.small",
                "minSize", 0,
                "maxSize", 2,
                "desiredCapacity", 1,
                "rootVolumeGiB", 30,
                "targetCapacityPercent", 100)));
        values.put("ecs-platform:service", json(fields(
                "image", IMAGE,
                "containerPort", 8080,
                "cpu", 256,
                "memory", 512,
                "desiredCount", 1,
                "minCount", 1,
                "maxCount", 2,
                "cpuTargetPercent", 50,
                "healthCheckPath", "/",
                "user", "101",
                "writablePaths", List.of("/tmp"),
                "environment", fields("APP_ENV", "dev"),
                "secrets", fields(),
                "schedules", List.of(
                        fields("name", "evening", "schedule", "cron(0 20 ? * MON-FRI *)", "timezone", "Asia/Seoul",
                                "minCount", 0, "maxCount", 0),
                        fields("name", "morning", "schedule", "cron(0 8 ? * MON-FRI *)", "timezone", "Asia/Seoul")))));
        values.put("ecs-platform:domain", json(fields("zoneName", "example.com", "recordName", "lb-dev")));
        return values;
    }

    /** The prod fixture: fully qualified key to raw value, as the engine passes it. A fresh, mutable map. */
    public static Map<String, String> prodRaw() {
        var values = new LinkedHashMap<String, String>();
        values.put("aws:region", "ap-northeast-2");
        values.put("ecs-platform:profile", "prod");
        values.put("ecs-platform:vpcCidr", "10.20.0.0/16");
        values.put("ecs-platform:availabilityZones", "3");
        values.put("ecs-platform:natGateways", "perAz");
        values.put("ecs-platform:sshPublicKey", PROD_SSH_PUBLIC_KEY);
        values.put("ecs-platform:bastion", json(fields(
                "enabled", true,
                "instanceType", "t3.micro",
                "allowedCidrs", List.of("198.51.100.0/24"))));
        values.put("ecs-platform:database", json(fields(
                "enabled", true,
                "engine", "postgres",
                "engineVersion", "16",
                "instanceClass", "db.m6g.large",
                "allocatedStorageGiB", 100,
                "maxAllocatedStorageGiB", 1000,
                "multiAz", true,
                "backupRetentionDays", 14,
                "port", 5432,
                "name", "app",
                "username", "app_admin",
                "deletionProtection", true)));
        values.put("ecs-platform:cluster", json(fields(
                "instanceType", "m6i.large",
                "minSize", 3,
                "maxSize", 6,
                "desiredCapacity", 3,
                "rootVolumeGiB", 30,
                "targetCapacityPercent", 80)));
        values.put("ecs-platform:service", json(fields(
                "image", IMAGE,
                "containerPort", 8080,
                "cpu", 512,
                "memory", 1024,
                "desiredCount", 3,
                "minCount", 3,
                "maxCount", 12,
                "cpuTargetPercent", 50,
                "requestsPerTarget", 1000,
                "healthCheckPath", "/",
                "user", "101",
                "writablePaths", List.of("/tmp"),
                "environment", fields("APP_ENV", "prod"),
                "secrets", fields("DATABASE_PASSWORD", DB_PASSWORD_PARAMETER))));
        values.put("ecs-platform:domain", json(fields("zoneName", "example.com", "recordName", "lb-prod")));
        values.put("ecs-platform:alarmEmail", ALARM_EMAIL);
        return values;
    }

    /** {@code values} as a stack named after its profile ({@code dev}, {@code prod}), or {@code test}. */
    public static RawConfig raw(Map<String, String> values) {
        String profile = values.getOrDefault("ecs-platform:profile", "");
        return raw(profile.equals("dev") || profile.equals("prod") ? profile : "test", values);
    }

    /** {@code values} as stack {@code stackName}, without secrets. */
    public static RawConfig raw(String stackName, Map<String, String> values) {
        return RawConfig.of(stackName, values);
    }

    /** {@code values} as stack {@code stackName}, the keys in {@code secretKeys} holding secrets. */
    public static RawConfig raw(String stackName, Map<String, String> values, Set<String> secretKeys) {
        return new RawConfig(stackName, RawConfig.stackFileName(stackName), values, secretKeys);
    }

    /**
     * The environment the Pulumi engine starts the program with for {@code stack}: the project, the stack,
     * every value as JSON in {@code PULUMI_CONFIG}, and which keys are secrets.
     */
    public static Map<String, String> engineEnvironment(String stack, Map<String, String> values, Collection<String> secretKeys) {
        return Map.of(
                "PULUMI_PROJECT", App.PROJECT,
                "PULUMI_STACK", stack,
                "PULUMI_CONFIG", GSON.toJson(values),
                "PULUMI_CONFIG_SECRET_KEYS", GSON.toJson(List.copyOf(secretKeys)));
    }

    /** The dev fixture, loaded. */
    public static StackConfig dev() {
        return StackConfigLoader.load(raw(devRaw()));
    }

    /** The prod fixture, loaded. */
    public static StackConfig prod() {
        return StackConfigLoader.load(raw(prodRaw()));
    }

    /** The problems loading {@code values} reports; empty when they load. */
    public static List<ConfigProblem> problems(Map<String, String> values) {
        try {
            StackConfigLoader.load(raw(values));
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        }
    }

    /**
     * Sets {@code path} to {@code value}: a whole key ({@code ecs-platform:vpcCidr}) or a field inside an
     * object key ({@code ecs-platform:cluster.minSize}, {@code ecs-platform:service.environment.APP_ENV}),
     * creating objects on the way. Values are converted as the engine would: a key's scalar to its text,
     * a field to JSON.
     *
     * @return {@code values}, for chaining
     */
    public static Map<String, String> set(Map<String, String> values, String path, Object value) {
        Path target = Path.of(path);
        if (target.fields().isEmpty()) {
            values.put(target.key(), value instanceof Map<?, ?> || value instanceof List<?>
                    ? GSON.toJson(value)
                    : String.valueOf(value));
            return values;
        }
        JsonObject object = objectAt(values, target.key());
        JsonObject parent = descend(object, target.fields(), true);
        parent.add(target.last(), GSON.toJsonTree(value));
        values.put(target.key(), GSON.toJson(object));
        return values;
    }

    /**
     * Removes {@code path}: a whole key or a field inside an object key.
     *
     * @return {@code values}, for chaining
     */
    public static Map<String, String> remove(Map<String, String> values, String path) {
        Path target = Path.of(path);
        if (target.fields().isEmpty()) {
            values.remove(target.key());
            return values;
        }
        JsonObject object = objectAt(values, target.key());
        descend(object, target.fields(), false).remove(target.last());
        values.put(target.key(), GSON.toJson(object));
        return values;
    }

    /** An object's fields in the order given: name, value, name, value, … */
    public static Map<String, Object> fields(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** {@code value} as JSON text, the engine's form of an object key. */
    public static String json(Object value) {
        return GSON.toJson(value);
    }

    private static JsonObject objectAt(Map<String, String> values, String key) {
        String text = values.get(key);
        return text == null || text.isBlank() ? new JsonObject() : JsonParser.parseString(text).getAsJsonObject();
    }

    /** The object holding the last field of {@code fields}, walking (and, when asked, creating) the ones before it. */
    private static JsonObject descend(JsonObject object, List<String> fields, boolean create) {
        JsonObject current = object;
        for (String field : fields.subList(0, fields.size() - 1)) {
            JsonElement next = current.get(field);
            if (next == null || !next.isJsonObject()) {
                if (!create) {
                    return new JsonObject();
                }
                next = new JsonObject();
                current.add(field, next);
            }
            current = next.getAsJsonObject();
        }
        return current;
    }

    /** {@code ns:key.field.field}: the key, then the fields inside it. */
    private record Path(String key, List<String> fields) {

        static Path of(String path) {
            int colon = path.indexOf(':');
            String[] parts = path.substring(colon + 1).split("\\.");
            return new Path(path.substring(0, colon + 1) + parts[0], List.of(parts).subList(1, parts.length));
        }

        String last() {
            return fields.get(fields.size() - 1);
        }
    }
}
