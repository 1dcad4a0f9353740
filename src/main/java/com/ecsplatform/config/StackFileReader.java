package com.ecsplatform.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a {@code Pulumi.<stack>.yaml} into a {@link RawConfig}, the way the Pulumi CLI presents it to a program. */
final class StackFileReader {

    private StackFileReader() {
    }

    static RawConfig read(Path projectDir, String stackName) {
        String fileName = RawConfig.stackFileName(stackName);
        Map<?, ?> config = configSection(load(projectDir, stackName), fileName);
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secretKeys = new TreeSet<>();
        config.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (holdsSecureValue(value)) {
                secretKeys.add(name);
                values.put(name, RawConfig.SECRET_PLACEHOLDER);
            } else {
                values.put(name, text(value));
            }
        });
        return new RawConfig(stackName, fileName, values, secretKeys);
    }

    private static Object load(Path projectDir, String stackName) {
        String fileName = RawConfig.stackFileName(stackName);
        Path file = projectDir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw problem(fileName, "", "not found in " + projectDir.toAbsolutePath().normalize()
                    + ": create it (pulumi stack init " + stackName + ") or check the stack name");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return yaml().load(reader);
        } catch (MarkedYAMLException e) {
            throw problem(fileName, "", "is not valid YAML: " + describe(e));
        } catch (YAMLException | IOException e) {
            throw problem(fileName, "", "cannot be read: " + e.getMessage());
        }
    }

    private static Map<?, ?> configSection(Object document, String fileName) {
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> settings)) {
            throw problem(fileName, "", "must be a YAML map with a config: section");
        }
        Object config = settings.get("config");
        if (config == null) {
            return Map.of();
        }
        if (!(config instanceof Map<?, ?> keys)) {
            throw problem(fileName, "config", "must be a map of <namespace>:<key> to value");
        }
        return keys;
    }

    /** Pulumi stores an encrypted value as {@code {secure: <ciphertext>}}, also nested inside objects. */
    private static boolean holdsSecureValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.size() == 1 && map.containsKey("secure")
                    || map.values().stream().anyMatch(StackFileReader::holdsSecureValue);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(StackFileReader::holdsSecureValue);
        }
        return false;
    }

    /** Scalars as their text, objects and lists as JSON text: the engine's form. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return Json.write(toJson(value));
        }
        return String.valueOf(value);
    }

    private static JsonElement toJson(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Map<?, ?> map) {
            var object = new JsonObject();
            map.forEach((key, item) -> object.add(String.valueOf(key), toJson(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            var array = new JsonArray();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        if (value instanceof Number number && !(number instanceof Double d && !Double.isFinite(d))) {
            return new JsonPrimitive(number);
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
        Mark mark = e.getProblemMark();
        // The mark's snippet is left out: it would quote the file's line, which may hold a key.
        return mark == null ? problem : problem + " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static Yaml yaml() {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new Yaml12Scalars(options));
    }

    private static ConfigException problem(String fileName, String key, String message) {
        return new ConfigException(fileName, List.of(new ConfigProblem(key, message)));
    }

    /**
     * SnakeYAML reads YAML 1.1, where {@code yes}, {@code off} and dates are not strings; Pulumi's
     * parser reads them as the text written. Only {@code true}/{@code false} stay booleans.
     */
    private static final class Yaml12Scalars extends SafeConstructor {

        Yaml12Scalars(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
            yamlConstructors.put(Tag.BOOL, new ConstructCoreBool());
        }

        private static final class ConstructCoreBool extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String text = ((ScalarNode) node).getValue();
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> text;
                };
            }
        }
    }
}
