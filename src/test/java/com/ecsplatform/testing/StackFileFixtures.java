package com.ecsplatform.testing;

import com.google.gson.Gson;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stack files written by tests from the {@link ConfigFixtures} values, in the layout
 * {@code pulumi config set [--path]} writes, so tests of the file reader and the synth command never
 * read or edit the committed {@code Pulumi.<stack>.yaml} files.
 *
 * <pre>{@code
 * var document = StackFileFixtures.document(ConfigFixtures.devRaw());
 * StackFileFixtures.put(document, "ecs-platform:alarmEmail", StackFileFixtures.secure("v1:abc"));
 * StackFileFixtures.write(projectDir, "dev", document);
 * }</pre>
 */
public final class StackFileFixtures {

    private static final Gson GSON = new Gson();

    private StackFileFixtures() {
    }

    /** {@code values} (the engine's form: objects as JSON text) as a stack file's document: {@code config:} and the keys. */
    public static Map<String, Object> document(Map<String, String> values) {
        var config = new LinkedHashMap<String, Object>();
        values.forEach((key, value) -> {
            String text = value.strip();
            config.put(key, text.startsWith("{") || text.startsWith("[") ? wholeNumbers(GSON.fromJson(text, Object.class)) : value);
        });
        var document = new LinkedHashMap<String, Object>();
        document.put("config", config);
        return document;
    }

    /** Gson reads every JSON number as a double; a stack file writes 2, not 2.0. */
    @SuppressWarnings("unchecked")
    private static Object wholeNumbers(Object value) {
        if (value instanceof Double number && number == Math.rint(number)) {
            return number.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            ((Map<String, Object>) map).forEach((field, item) -> copy.put(field, wholeNumbers(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new java.util.ArrayList<>(list.stream().map(StackFileFixtures::wholeNumbers).toList());
        }
        return value;
    }

    /** How Pulumi writes an encrypted value. */
    public static Map<String, Object> secure(String ciphertext) {
        return Map.of("secure", ciphertext);
    }

    /** Sets {@code path} ({@code ecs-platform:alarmEmail}, {@code ecs-platform:service.environment.DSN}) like {@code --path}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> put(Map<String, Object> document, String path, Object value) {
        var config = (Map<String, Object>) document.get("config");
        int colon = path.indexOf(':');
        List<String> parts = List.of(path.substring(colon + 1).split("\\."));
        String key = path.substring(0, colon + 1) + parts.get(0);
        if (parts.size() == 1) {
            config.put(key, value);
            return document;
        }
        var object = (Map<String, Object>) config.computeIfAbsent(key, ignored -> new LinkedHashMap<String, Object>());
        for (String field : parts.subList(1, parts.size() - 1)) {
            object = (Map<String, Object>) object.computeIfAbsent(field, ignored -> new LinkedHashMap<String, Object>());
        }
        object.put(parts.get(parts.size() - 1), value);
        return document;
    }

    /** {@code document} as YAML. */
    public static String yaml(Map<String, Object> document) {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(document);
    }

    /** Writes {@code document} as {@code Pulumi.<stack>.yaml} in {@code projectDir}. */
    public static Path write(Path projectDir, String stack, Map<String, Object> document) throws IOException {
        Path file = projectDir.resolve("Pulumi." + stack + ".yaml");
        Files.writeString(file, yaml(document), StandardCharsets.UTF_8);
        return file;
    }
}
