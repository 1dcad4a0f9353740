package com.ecsplatform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The stack-file contract, {@code schema/stack-config.schema.json} (the file the README publishes, on the
 * classpath): it types the engine's strings, checks every key and field, and says where each value failed.
 * Messages are rendered from the failed keyword and the schema's own words ({@link SchemaMessages}).
 */
final class ConfigSchema {

    /** Strict JSON: one value, numbers as written (so 1e400 stays 1e400 and 0.1 stays 0.1). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false) // engineVersion 8.0 is not 8
            .build();
    private static final JsonNode TREE = read();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TREE);
    /**
     * Violations that leave the value in place: a string of the right type that fails a pattern or a
     * length is still read, so the program's own rule on it can say more; a repeated list element or a
     * bad map name leaves the rest of the list or map to check.
     */
    private static final Set<String> KEPT = Set.of("required", "additionalProperties", "pattern", "format",
            "maxLength", "minLength", "uniqueItems", "propertyNames", "not");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigSchema() {
    }

    /** The schema of a fully qualified key ({@code ecs-platform:cluster}); missing for a key it does not describe. */
    static JsonNode key(String fullKey) {
        return TREE.path("properties").path("config").path("properties").path(fullKey);
    }

    /** Whether the key's value is an object or a list (that the engine passes as JSON text); true for a key the schema lacks. */
    static boolean takesStructure(String fullKey) {
        JsonNode schema = resolved(key(fullKey));
        Set<String> types = types(schema.has("anyOf") ? schema.get("anyOf").get(0) : schema);
        return schema.isMissingNode() || types.contains("object") || types.contains("array");
    }

    /** The names of the project's keys, in the schema's order, without the namespace. */
    static List<String> projectKeys() {
        String prefix = StackConfigLoader.NAMESPACE + ":";
        List<String> names = new ArrayList<>();
        TREE.path("properties").path("config").path("properties").fieldNames().forEachRemaining(name -> {
            if (name.startsWith(prefix)) {
                names.add(name.substring(prefix.length()));
            }
        });
        return names;
    }

    /**
     * {@code value} typed as {@code schema} declares: the engine passes every value as a string, objects and
     * lists as JSON text, and {@code pulumi config set --path} writes numbers as strings; a string stays one
     * where the schema does not take it as a number or boolean, and a number or boolean is taken as written
     * where the schema wants a string. Nulls inside objects are left out, as if not written.
     */
    static JsonNode coerce(JsonNode value, JsonNode schema) {
        if (schema.has("$ref")) {
            return coerce(value, resolved(schema));
        }
        if (schema.has("anyOf")) {
            return coerce(value, schema.get("anyOf").get(0)); // the plain value, not its secure: form
        }
        JsonNode shape = schema;
        Set<String> types = types(shape);
        if (value.isTextual()) {
            String text = value.textValue().strip();
            if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
                return NODES.booleanNode(Boolean.parseBoolean(text));
            }
            if ((types.contains("integer") || types.contains("number")) && !types.contains("string")) {
                try {
                    BigDecimal number = new BigDecimal(text);
                    return types.contains("integer") ? integral(number) : NODES.numberNode(number);
                } catch (NumberFormatException notANumber) {
                    return value;
                }
            }
            return value;
        }
        if (value.isNumber() && !value.isIntegralNumber() && types.contains("integer")) {
            return integral(value.decimalValue());
        }
        if (value.isValueNode() && !value.isNull() && types.equals(Set.of("string"))) {
            return NODES.textNode(value.asText());
        }
        if (value.isObject()) {
            ObjectNode typed = NODES.objectNode();
            Set<String> required = new HashSet<>();
            shape.path("required").forEach(name -> required.add(name.asText()));
            value.fields().forEachRemaining(field -> {
                boolean blankRequired = required.contains(field.getKey()) && field.getValue().isTextual()
                        && field.getValue().textValue().isBlank();
                if (!field.getValue().isNull() && !blankRequired) { // a required field left blank is missing
                    JsonNode fieldSchema = shape.path("properties").has(field.getKey())
                            ? shape.path("properties").get(field.getKey()) : shape.path("additionalProperties");
                    typed.set(field.getKey(), coerce(field.getValue(), fieldSchema));
                }
            });
            return typed;
        }
        if (value.isArray()) {
            ArrayNode typed = NODES.arrayNode();
            value.forEach(item -> typed.add(coerce(item, shape.path("items"))));
            return typed;
        }
        return value;
    }

    /**
     * A whole number as an integer node (so {@code 512.0} and {@code 1e3} count as the integers they are);
     * one beyond a long stays as written ({@code 1E+400}), for the messages.
     */
    private static JsonNode integral(BigDecimal number) {
        try {
            long whole = number.longValueExact();
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        } catch (ArithmeticException fractionOrTooLarge) {
            return NODES.numberNode(number);
        }
    }

    /**
     * {@code schema} with its {@code $ref} ({@code "#/$defs/service"}) resolved: the referenced definition,
     * with the fields {@code schema} adds next to the reference ({@code routing} of a services entry).
     */
    private static JsonNode resolved(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        ObjectNode merged = resolved(TREE.at(schema.get("$ref").asText().substring(1))).deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
            schema.get("properties").fields().forEachRemaining(field -> properties.set(field.getKey(), field.getValue()));
        }
        return merged;
    }

    private static Set<String> types(JsonNode shape) {
        JsonNode type = shape.path("type");
        if (type.isArray()) {
            return Set.copyOf(StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText).toList());
        }
        return type.isTextual() ? Set.of(type.asText()) : Set.of();
    }

    /**
     * Validates {@code config} (fully qualified key to typed value), reports each violation at its key, and
     * removes each invalid value from {@code config}, so the program falls back to the default there and
     * goes on to find the problems the schema cannot see.
     */
    static void validate(ObjectNode config, Problems problems) {
        ObjectNode document = NODES.objectNode();
        document.set("config", config);
        List<ValidationMessage> violations = SCHEMA.validate(document).stream()
                .filter(ConfigSchema::aboutTheValue)
                .sorted(Comparator.comparing((ValidationMessage message) -> message.getInstanceLocation().toString()))
                .toList();
        var messages = new SchemaMessages(problems);
        Set<String> typeRefused = new HashSet<>();
        violations.stream().filter(violation -> violation.getType().equals("type"))
                .forEach(violation -> typeRefused.add(violation.getInstanceLocation().toString()));
        for (ValidationMessage violation : violations) {
            if (typeRefused.contains(violation.getInstanceLocation().toString()) && !violation.getType().equals("type")) {
                continue; // a value of the wrong type: that is the one thing to say about it
            }
            List<Object> path = path(violation.getInstanceLocation());
            messages.report(path, violation);
            remove(config, path, violation.getType());
        }
    }

    /**
     * Whether the violation is about the value written: not the {@code secure:} alternative of a setting
     * that may be a secret (the value is a stand-in or plain text by now), nor the summary of an
     * {@code anyOf} whose first branch already says what is wrong.
     */
    private static boolean aboutTheValue(ValidationMessage message) {
        String schemaPath = message.getSchemaLocation().toString();
        return !message.getType().equals("anyOf") && !schemaPath.contains("$defs/secure");
    }

    /** The instance location under {@code config}: property names and list indexes. */
    private static List<Object> path(JsonNodePath location) {
        List<Object> path = new ArrayList<>();
        for (int i = 1; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        return path;
    }

    private static void remove(ObjectNode config, List<Object> path, String keyword) {
        if (path.isEmpty() || KEPT.contains(keyword)) {
            return;
        }
        JsonNode parent = config;
        for (Object element : path.subList(0, path.size() - 1)) {
            parent = element instanceof Integer index ? parent.path(index) : parent.path((String) element);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String field) {
            object.remove(field);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.set(index, NODES.nullNode());
        }
    }

    /** The schema object holding the keyword that failed (for {@code minimum}: the property's schema). */
    static JsonNode at(ValidationMessage message) {
        JsonNode node = TREE;
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        return node;
    }

    private static JsonNode read() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream("/schema/stack-config.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/stack-config.schema.json is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
