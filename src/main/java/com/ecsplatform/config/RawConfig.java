package com.ecsplatform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A stack's configuration as Pulumi hands it over, before any validation: fully qualified keys
 * ({@code aws:region}, {@code ecs-platform:bastion}) to raw strings. Object values are JSON text, as
 * the engine passes them ({@code {"enabled":true,...}}); scalars are their text ({@code "2"}).
 * {@link StackConfigLoader#load} turns it into a {@link StackConfig}.
 *
 * @param stackName  the stack, e.g. {@code dev}
 * @param stackFile  its settings file, e.g. {@code Pulumi.dev.yaml}, for messages
 * @param values     key to raw value
 * @param secretKeys keys whose values are secrets, also when only a field inside the key's object is one (that
 *                   is how the engine reports a field set with {@code pulumi config set --secret --path})
 * @param encryptedPaths where the offline reader found a {@code secure:} value it cannot decrypt, with the
 *                   field path ({@code ecs-platform:service.environment.DSN}); the value there is a
 *                   well-formed stand-in, or {@value #SECRET_PLACEHOLDER} (or nothing, inside an object)
 *                   where the setting cannot be a secret. Empty for the engine, which decrypts.
 */
public record RawConfig(String stackName, String stackFile, Map<String, String> values, Set<String> secretKeys,
                        Set<String> encryptedPaths) {

    /** The value of a secret that is still encrypted, and what messages show instead of any secret. */
    public static final String SECRET_PLACEHOLDER = "[secret]";

    private static final String ENGINE_ENVIRONMENT = "the Pulumi engine's environment";

    public RawConfig {
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(stackFile, "stackFile");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        secretKeys = Collections.unmodifiableSortedSet(new TreeSet<>(secretKeys));
        encryptedPaths = Collections.unmodifiableSortedSet(new TreeSet<>(encryptedPaths));
    }

    /** Decrypted (or plain) values: nothing is encrypted. */
    public RawConfig(String stackName, String stackFile, Map<String, String> values, Set<String> secretKeys) {
        this(stackName, stackFile, values, secretKeys, Set.of());
    }

    /** Plain (non-secret) values for stack {@code stackName}. */
    public static RawConfig of(String stackName, Map<String, String> values) {
        return new RawConfig(stackName, stackFileName(stackName), values, Set.of());
    }

    /** {@code Pulumi.<stack>.yaml}. */
    public static String stackFileName(String stackName) {
        return "Pulumi." + stackName + ".yaml";
    }

    /**
     * Reads {@code Pulumi.<stackName>.yaml} in {@code projectDir} the way the Pulumi CLI would hand it to
     * the program, without decrypting: the key holding a {@code secure:} value (at the top or nested) is a
     * secret key, and the value itself is replaced by a stand-in of the right shape (see
     * {@link #encryptedPaths}).
     *
     * @throws ConfigException when the file is missing or is not a stack settings file
     */
    public static RawConfig fromStackFile(Path projectDir, String stackName) {
        return StackFileReader.read(projectDir, stackName);
    }

    /**
     * What the Pulumi engine gives a running program: {@code PULUMI_STACK}, {@code PULUMI_CONFIG} (a JSON
     * object of key to string; object values arrive as JSON text) and {@code PULUMI_CONFIG_SECRET_KEYS}
     * (a JSON array of keys). A missing {@code PULUMI_CONFIG} means no configuration.
     *
     * @throws ConfigException when {@code PULUMI_STACK} is missing or the JSON is malformed
     */
    public static RawConfig fromEnvironment(Map<String, String> env) {
        String stackName = env.getOrDefault("PULUMI_STACK", "");
        if (stackName.isBlank()) {
            throw engineProblem("PULUMI_STACK", "is not set: run the program with the Pulumi CLI (pulumi preview, pulumi up)");
        }
        return new RawConfig(stackName, stackFileName(stackName),
                engineConfig(env.getOrDefault("PULUMI_CONFIG", "")),
                engineSecretKeys(env.getOrDefault("PULUMI_CONFIG_SECRET_KEYS", "")));
    }

    /** Whether {@code key} holds a secret. */
    public boolean isSecret(String key) {
        return secretKeys.contains(key);
    }

    /** Whether {@code key} is a secret that is still encrypted. */
    public boolean isEncrypted(String key) {
        return isSecret(key) && SECRET_PLACEHOLDER.equals(values.get(key));
    }

    /** Shows secret values as {@value #SECRET_PLACEHOLDER}, so a logged RawConfig leaks nothing. */
    @Override
    public String toString() {
        Map<String, String> shown = values.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey,
                entry -> isSecret(entry.getKey()) ? SECRET_PLACEHOLDER : entry.getValue(),
                (first, second) -> first,
                TreeMap::new));
        return "RawConfig[stackName=" + stackName + ", stackFile=" + stackFile + ", values=" + shown
                + ", secretKeys=" + secretKeys + ", encryptedPaths=" + encryptedPaths + "]";
    }

    private static Map<String, String> engineConfig(String json) {
        if (json.isBlank()) {
            return Map.of();
        }
        JsonNode config = parseEngineJson("PULUMI_CONFIG", json);
        if (!config.isObject()) {
            throw engineProblem("PULUMI_CONFIG", "must be a JSON object of key to value, got " + kind(config));
        }
        var values = new LinkedHashMap<String, String>();
        config.fields().forEachRemaining(entry -> values.put(entry.getKey(), text(entry.getValue())));
        return values;
    }

    private static Set<String> engineSecretKeys(String json) {
        if (json.isBlank()) {
            return Set.of();
        }
        JsonNode keys = parseEngineJson("PULUMI_CONFIG_SECRET_KEYS", json);
        if (!keys.isArray()) {
            throw engineProblem("PULUMI_CONFIG_SECRET_KEYS", "must be a JSON array of keys, got " + kind(keys));
        }
        var secretKeys = new TreeSet<String>();
        keys.forEach(key -> secretKeys.add(key.asText()));
        return secretKeys;
    }

    private static JsonNode parseEngineJson(String variable, String json) {
        try {
            return ConfigSchema.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw engineProblem(variable, "is not valid JSON: " + e.getOriginalMessage().replaceFirst(" \\(.*", ""));
        }
    }

    /** The engine passes strings; anything else is kept as its JSON text. */
    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String kind(JsonNode value) {
        return value.isObject() ? "an object" : value.isArray() ? "a list" : value.isNull() ? "null"
                : value.isBoolean() ? "a boolean" : value.isNumber() ? "a number" : "a string";
    }

    private static ConfigException engineProblem(String variable, String message) {
        return new ConfigException(ENGINE_ENVIRONMENT, List.of(new ConfigProblem(variable, message)));
    }
}
