package com.ecsplatform.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the typed fields of one config object: the project's keys themselves, or an object key such
 * as {@code ecs-platform:cluster}. Each read names the field, so problems carry the full path
 * ({@code ecs-platform:cluster.minSize}) and, once everything is read, {@link #rejectUnknownFields()}
 * can report the fields nobody asked for.
 *
 * <p>Values are accepted in both forms Pulumi produces: a stack file gives numbers and objects, the
 * engine gives strings, so {@code 2} and {@code "2"} are both an integer and an object may arrive as
 * JSON text. A read returns empty when the field is absent or invalid; an invalid value has been
 * reported by then, so callers fall back to the default and carry on to find further problems.
 */
final class ObjectReader {

    /** A rule on one entry of a map field; the entry's value must never be quoted (it may be a secret). */
    @FunctionalInterface
    interface EntryCheck {
        Optional<String> problem(String name, String value);
    }

    private static final String OBJECT = "an object (a YAML map in the stack file)";

    private final String key;
    private final String prefix;
    private final boolean projectLevel;
    private final JsonObject fields;
    private final boolean usable;
    private final Set<String> encrypted;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private ObjectReader(String key, String prefix, boolean projectLevel, JsonObject fields, boolean usable,
                         Set<String> encrypted, Problems problems) {
        this.key = key;
        this.prefix = prefix;
        this.projectLevel = projectLevel;
        this.fields = fields;
        this.usable = usable;
        this.encrypted = encrypted;
        this.problems = problems;
    }

    /**
     * A reader over a namespace's keys.
     *
     * @param keys      key name (without the namespace) to its raw value as a JSON string, or JSON null when blank
     * @param encrypted key names whose value is an undecryptable secret
     */
    static ObjectReader namespace(String namespace, JsonObject keys, Set<String> encrypted, Problems problems) {
        return new ObjectReader(namespace, namespace + ":", true, keys, true, Set.copyOf(encrypted), problems);
    }

    /** The fully qualified path of {@code field}. */
    String path(String field) {
        return prefix + field;
    }

    /** Adds a problem at {@code field}. */
    void report(String field, String message) {
        problems.add(path(field), message);
    }

    /** Whether a problem was reported at any of {@code fields} (or inside one). */
    boolean hasProblem(String... fieldNames) {
        return Arrays.stream(fieldNames).anyMatch(field -> problems.has(path(field)));
    }

    /** {@code value} of {@code field} in quotes for a message, or {@code [secret]}. */
    String quote(String field, String value) {
        return problems.quote(path(field), value);
    }

    /** {@code value} of {@code field} as written for a message, or {@code [secret]}. */
    String show(String field, Object value) {
        return problems.show(path(field), value);
    }

    /**
     * The object field {@code field}. When it is absent, or invalid (reported), the reader has no
     * fields, so every read falls back to its default.
     */
    ObjectReader object(String field) {
        return optionalObject(field).orElseGet(() -> nested(field, new JsonObject(), !problems.hasExactly(path(field))));
    }

    /** The object field {@code field}; empty when it is absent or invalid (reported). */
    Optional<ObjectReader> optionalObject(String field) {
        return structured(field).flatMap(element -> {
            if (element.isJsonObject()) {
                return Optional.of(nested(field, element.getAsJsonObject(), true));
            }
            reportType(field, OBJECT, element);
            return Optional.empty();
        });
    }

    /** A string; numbers and booleans are taken as written. */
    Optional<String> string(String field) {
        return element(field).flatMap(element -> {
            if (element.isJsonPrimitive()) {
                return Optional.of(element.getAsString());
            }
            reportType(field, "a string", element);
            return Optional.empty();
        });
    }

    /** A string that passes {@code check}. */
    Optional<String> string(String field, Check<String> check) {
        return string(field).filter(value -> passes(field, check, value, quote(field, value)));
    }

    /**
     * A string that must be present and not blank, and must pass {@code check}.
     *
     * @param whatToSet completes "is required: …", saying what the value is
     */
    Optional<String> requiredString(String field, String whatToSet, Check<String> check) {
        Optional<String> value = string(field).filter(text -> !text.isBlank());
        if (value.isEmpty() && usable && !problems.has(path(field))) {
            report(field, "is required: " + whatToSet);
        }
        return value.filter(text -> passes(field, check, text, quote(field, text)));
    }

    /** A whole number: a JSON number or a numeric string. */
    Optional<Integer> integer(String field) {
        return integer(field, (value, shown) -> Optional.empty());
    }

    /**
     * A whole number that passes {@code check}. A number beyond what a setting can hold (like
     * {@code 1e400}) is reported with the range {@code check} states, as written, never as "Infinity".
     */
    Optional<Integer> integer(String field, Check<Integer> check) {
        return element(field).flatMap(element -> {
            Optional<BigDecimal> number = decimal(element);
            if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
                reportType(field, "a whole number", element);
                return Optional.empty();
            }
            String shown = show(field, element.getAsString().strip());
            try {
                int value = number.get().intValueExact();
                return passes(field, check, value, show(field, value)) ? Optional.of(value) : Optional.empty();
            } catch (ArithmeticException tooLarge) {
                // The rule's own message states its range; a rule without that bound gets the widest one.
                int nearest = number.get().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                report(field, check.problem(nearest, shown).orElse(nearest > 0
                        ? "is out of range: at most " + Integer.MAX_VALUE + ", got " + shown
                        : "is out of range: at least " + Integer.MIN_VALUE + ", got " + shown));
                return Optional.empty();
            }
        });
    }

    /** {@code true} or {@code false}, as a JSON boolean or a string. */
    Optional<Boolean> bool(String field) {
        return element(field).flatMap(element -> {
            String text = element.isJsonPrimitive() ? element.getAsString() : "";
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
            reportType(field, "true or false", element);
            return Optional.empty();
        });
    }

    /**
     * A list of strings, each passing {@code check} and listed once. Problems are reported per element
     * ({@code field[i]}); the list returned holds the valid elements.
     */
    Optional<List<String>> strings(String field, Check<String> check) {
        return structured(field).flatMap(element -> {
            if (!element.isJsonArray()) {
                reportType(field, "a list", element);
                return Optional.empty();
            }
            JsonArray array = element.getAsJsonArray();
            List<String> values = new ArrayList<>();
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String item = field + "[" + i + "]";
                Optional<String> value = listItem(item, array.get(i), check);
                if (value.isEmpty()) {
                    continue;
                }
                Integer earlier = firstIndex.putIfAbsent(value.get(), i);
                if (earlier != null) {
                    report(item, "repeats " + field + "[" + earlier + "]; list each value once");
                } else {
                    values.add(value.get());
                }
            }
            return Optional.of(values);
        });
    }

    /**
     * A list of objects, each read by its own reader named {@code field[i]}, so problems inside one
     * carry its index ({@code ecs-platform:service.schedules[1].schedule}). An element that is not an
     * object is reported and left out.
     */
    Optional<List<ObjectReader>> objects(String field) {
        return structured(field).flatMap(element -> {
            if (!element.isJsonArray()) {
                reportType(field, "a list of objects", element);
                return Optional.empty();
            }
            JsonArray array = element.getAsJsonArray();
            List<ObjectReader> readers = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String item = field + "[" + i + "]";
                if (array.get(i).isJsonObject()) {
                    readers.add(nested(item, array.get(i).getAsJsonObject(), true));
                } else {
                    reportType(item, OBJECT, array.get(i));
                }
            }
            return Optional.of(readers);
        });
    }

    /**
     * A map of names to strings (numbers and booleans taken as written), each entry passing
     * {@code check}. Problems are reported per entry ({@code field.NAME}); the map returned holds the
     * valid entries.
     */
    Optional<Map<String, String>> stringMap(String field, EntryCheck check) {
        return structured(field).flatMap(element -> {
            if (!element.isJsonObject()) {
                reportType(field, "a map of names to strings", element);
                return Optional.empty();
            }
            Map<String, String> entries = new LinkedHashMap<>();
            element.getAsJsonObject().entrySet().forEach(entry -> {
                String name = entry.getKey();
                String entryField = field + "." + name;
                if (!entry.getValue().isJsonPrimitive()) {
                    report(entryField, "must be a string, got " + Json.kind(entry.getValue()));
                    return;
                }
                String value = entry.getValue().getAsString();
                check.problem(name, value).ifPresentOrElse(
                        message -> report(entryField, message),
                        () -> entries.put(name, value));
            });
            return Optional.of(entries);
        });
    }

    /** The names of the fields present, in the order written: the entries of a map of objects. */
    List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    /** Reports every field present that no read asked for, with the nearest known one as a suggestion. */
    void rejectUnknownFields() {
        fields.keySet().stream()
                .filter(field -> !known.contains(field))
                .forEach(field -> report(field, unknownFieldMessage(field)));
    }

    private String unknownFieldMessage(String field) {
        String noun = projectLevel ? "key" : "field";
        Optional<String> match = Suggestions.closest(field, known);
        if (match.isPresent()) {
            return "unknown " + noun + "; did you mean " + (projectLevel ? path(match.get()) : match.get()) + "?";
        }
        String listing = projectLevel ? "the " + key + " keys are " : key.substring(key.indexOf(':') + 1) + " has the fields ";
        return "unknown " + noun + "; " + listing + String.join(", ", known);
    }

    private ObjectReader nested(String field, JsonObject object, boolean objectUsable) {
        String path = path(field);
        return new ObjectReader(path, path + ".", false, object, objectUsable, Set.of(), problems);
    }

    /** The field's value, marking the field as known; empty when absent, null, or encrypted (reported). */
    private Optional<JsonElement> element(String field) {
        known.add(field);
        if (encrypted.contains(field)) {
            return Optional.empty(); // an encrypted value without a stand-in: the loader reported it
        }
        JsonElement element = fields.get(field);
        return element == null || element.isJsonNull() ? Optional.empty() : Optional.of(element);
    }

    /** Like {@link #element}, but a string holding a JSON object or list is parsed: the engine's form of object keys. */
    private Optional<JsonElement> structured(String field) {
        return element(field).flatMap(element -> {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                return Optional.of(element);
            }
            String text = element.getAsString().strip();
            if (!text.startsWith("{") && !text.startsWith("[")) {
                return Optional.of(element);
            }
            try {
                return Optional.of(Json.parse(text));
            } catch (JsonParseException e) {
                report(field, "is not valid JSON: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<String> listItem(String item, JsonElement value, Check<String> check) {
        if (!value.isJsonPrimitive()) {
            reportType(item, "a string", value);
            return Optional.empty();
        }
        String text = value.getAsString();
        return passes(item, check, text, quote(item, text)) ? Optional.of(text) : Optional.empty();
    }

    private <T> boolean passes(String field, Check<T> check, T value, String shown) {
        Optional<String> problem = check.problem(value, shown);
        problem.ifPresent(message -> report(field, message));
        return problem.isEmpty();
    }

    private void reportType(String field, String expected, JsonElement actual) {
        report(field, "must be " + expected + ", got " + describe(field, actual));
    }

    /** A value for a "got …" message: strings quoted, numbers and booleans as written, else the kind of value. */
    private String describe(String field, JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return Json.kind(value);
        }
        return value.getAsJsonPrimitive().isString()
                ? quote(field, value.getAsString())
                : show(field, value.getAsString());
    }

    private static Optional<BigDecimal> decimal(JsonElement element) {
        if (!element.isJsonPrimitive() || element.getAsJsonPrimitive().isBoolean()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(element.getAsString().strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
