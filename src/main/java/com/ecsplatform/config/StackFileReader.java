package com.ecsplatform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        String region = config.get(StackConfigLoader.REGION_KEY) instanceof String plain ? plain : "";
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secretKeys = new TreeSet<>();
        Set<String> encryptedPaths = new TreeSet<>();
        config.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (holdsSecureValue(value)) {
                secretKeys.add(name);
                Object standIn = withStandIns(value, name, region, encryptedPaths);
                values.put(name, standIn == null ? RawConfig.SECRET_PLACEHOLDER : text(standIn));
            } else {
                values.put(name, text(value));
            }
        });
        return new RawConfig(stackName, fileName, values, secretKeys, encryptedPaths);
    }

    /**
     * {@code value} with each {@code secure:} value replaced by its stand-in ({@link SecretRules#standIn}),
     * recording where each one was; null for a secure value without a stand-in, which an object or list
     * then leaves out (the loader reports it).
     */
    private static Object withStandIns(Object value, String path, String region, Set<String> encryptedPaths) {
        if (isSecure(value)) {
            encryptedPaths.add(path);
            return SecretRules.standIn(path, region).orElse(null);
        }
        if (value instanceof Map<?, ?> map) {
            var replaced = new LinkedHashMap<Object, Object>();
            map.forEach((field, item) -> {
                Object standIn = withStandIns(item, path + "." + field, region, encryptedPaths);
                if (standIn != null || item == null) {
                    replaced.put(field, standIn);
                }
            });
            return replaced;
        }
        if (value instanceof List<?> list) {
            var replaced = new ArrayList<Object>();
            for (int i = 0; i < list.size(); i++) {
                Object standIn = withStandIns(list.get(i), path + "[" + i + "]", region, encryptedPaths);
                if (standIn != null || list.get(i) == null) {
                    replaced.add(standIn);
                }
            }
            return replaced;
        }
        return value;
    }

    private static boolean isSecure(Object value) {
        return value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("secure");
    }

    private static Object load(Path projectDir, String stackName) {
        String fileName = RawConfig.stackFileName(stackName);
        Path file = projectDir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw problem(fileName, fileName, "not found in " + projectDir.toAbsolutePath().normalize()
                    + ": create it (pulumi stack init " + stackName + ") or check the stack name");
        }
        String text;
        try {
            text = utf8(Files.readAllBytes(file), fileName);
        } catch (IOException e) {
            throw problem(fileName, fileName, "cannot be read: " + e.getMessage());
        }
        try {
            return yaml().load(text);
        } catch (MarkedYAMLException e) {
            throw problem(fileName, at(fileName, e.getProblemMark()), "is not valid YAML: " + describe(e));
        } catch (YAMLException e) {
            throw problem(fileName, fileName, "is not valid YAML: " + e.getMessage());
        }
    }

    /**
     * The file's text. Pulumi reads stack files as UTF-8; a file saved in another encoding (Latin-1 from an
     * old editor, UTF-16 from PowerShell's {@code >}) is reported at its first undecodable byte.
     */
    private static String utf8(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            int offset = input.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw problem(fileName, fileName + " line " + line, "is not UTF-8 text (byte " + (offset + 1)
                    + " of the file cannot be decoded); save the file as UTF-8, which is how Pulumi reads stack files");
        }
        decoder.flush(output);
        output.flip();
        String text = output.toString();
        // A UTF-8 byte order mark (some Windows editors write one) marks the encoding; it is not part of the text.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** {@code Pulumi.dev.yaml line 3, column 1}, where a YAML problem is. */
    private static String at(String fileName, Mark mark) {
        return mark == null ? fileName : fileName + " line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static Map<?, ?> configSection(Object document, String fileName) {
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> settings)) {
            throw problem(fileName, fileName, "must be a YAML map with a config: section");
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
            return isSecure(map)
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
            try {
                return ConfigSchema.JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a YAML value that is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return String.valueOf(value);
    }

    /** The YAML problem without its position (that is in the key) and without the snippet, which may quote a secret. */
    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
        String context = e.getContext();
        return context != null && !context.isBlank() ? problem + " (" + context + ")" : problem;
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
            yamlConstructors.put(Tag.FLOAT, new ConstructExactFloat());
        }

        /**
         * A float as the exact number written: a double would turn {@code 1e400} into Infinity and
         * {@code 0.1} into 0.1000000000000000055...; {@code .inf} and {@code .nan} stay text.
         */
        private static final class ConstructExactFloat extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String text = ((ScalarNode) node).getValue();
                try {
                    return new BigDecimal(text.replace("_", ""));
                } catch (NumberFormatException notDecimal) {
                    return text;
                }
            }
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
