package com.ecsplatform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * A schema violation as a message that says what is wrong and what to write instead: rendered from the
 * failed keyword and its schema (the range, the allowed values, the known fields, with a suggestion),
 * never from the validator's own text, which quotes values. Where a keyword needs a human sentence, the
 * schema carries it next to the keyword, as {@code "message": {"pattern": "must not contain whitespace"}}:
 * for {@code pattern}, {@code not} and {@code enum} it follows the quoted value (a sentence saying "the
 * value is not shown" stands alone); for {@code maxLength}, {@code maxItems} and {@code minLength} it
 * states the limit; for {@code minimum} and {@code maximum} it is the reason after the range; for
 * {@code required}, on the missing property's own schema, it says what to set; for {@code propertyNames}
 * it is keyed {@code length}, {@code not} or {@code pattern}.
 */
final class SchemaMessages {

    private static final String MESSAGE = "message";
    /** A custom message saying this is not quoted: the value may be a key, a secret reference, a private key pasted by mistake. */
    private static final String NOT_SHOWN = "the value is not shown";

    private final Problems problems;

    SchemaMessages(Problems problems) {
        this.problems = problems;
    }

    /** Reports {@code violation} of the value at {@code path} (a key, then fields and list indexes). */
    void report(List<Object> path, ValidationMessage violation) {
        if (violation.getEvaluationPath().toString().contains("oneOf")) {
            return; // the keys' one oneOf, service or services: ServicesReader says which one to keep
        }
        String key = key(path);
        JsonNode schema = ConfigSchema.at(violation);
        JsonNode value = violation.getInstanceNode();
        String keyword = violation.getType();
        switch (keyword) {
            case "required" -> required(key, schema, violation.getProperty());
            case "additionalProperties", "unevaluatedProperties" -> unknown(path, key, schema, violation.getProperty());
            case "propertyNames" -> propertyName(key, schema.path("propertyNames"), violation);
            case "uniqueItems" -> repeated(path, key, value);
            default -> problems.addFromSchema(key, render(key, keyword, schema, value));
        }
    }

    /** The message for a keyword that judges the value itself. */
    String render(String key, String keyword, JsonNode schema, JsonNode value) {
        String shown = shown(key, value);
        String custom = schema.path(MESSAGE).path(keyword).asText("");
        return switch (keyword) {
            case "type" -> "must be " + expected(schema) + ", got " + shown;
            case "minimum", "maximum" -> range(schema, shown) + reason(custom);
            case "enum" -> shown + " " + (custom.isEmpty() ? "is not allowed" : custom) + ": " + allowed(schema.path("enum"))
                    + Suggestions.didYouMean(shown, suggestion(value, schema.path("enum")));
            case "pattern", "not", "format" -> custom.contains(NOT_SHOWN) || value.isContainerNode() ? custom
                    : shown + " " + (custom.isEmpty() ? "does not match " + schema.path("pattern").asText() : custom);
            case "maxLength" -> "is " + length(value) + " characters long; "
                    + (custom.isEmpty() ? "at most " + schema.path("maxLength").asInt() + " are allowed" : custom);
            case "minLength" -> custom.isEmpty() ? "must not be empty" : custom;
            case "maxItems" -> "has " + value.size() + " items; " + (custom.isEmpty() ? "at most " + schema.path("maxItems").asInt() : custom);
            case "minProperties" -> custom.isEmpty() ? "must have at least " + schema.path("minProperties").asInt() + " entries" : custom;
            case "minItems" -> "has " + value.size() + " items; at least " + schema.path("minItems").asInt() + reason(custom);
            default -> "breaks the schema's " + keyword + " rule" + reason(custom);
        };
    }

    private void required(String parentKey, JsonNode schema, String property) {
        if (parentKey.isEmpty() && !property.startsWith(StackConfigLoader.NAMESPACE + ":")) {
            return; // aws:region: the program's own rule knows the regions
        }
        String key = parentKey.isEmpty() ? property : parentKey + "." + property;
        if (problems.has(key)) {
            return; // left out because it was refused already, say as a secret that cannot be one
        }
        String what = schema.path("properties").path(property).path(MESSAGE).path("required").asText("");
        problems.addFromSchema(key, what.isEmpty() ? "is required" : "is required: " + what);
    }

    /** An unknown key or field: the nearest known one, or the list of them. */
    private void unknown(List<Object> path, String parentKey, JsonNode schema, String property) {
        boolean projectLevel = path.isEmpty();
        List<String> known = new ArrayList<>();
        if (projectLevel) {
            known.addAll(ConfigSchema.projectKeys());
        } else {
            schema.path("properties").fieldNames().forEachRemaining(known::add);
        }
        String name = projectLevel ? property.substring(property.indexOf(':') + 1) : property;
        String key = projectLevel ? property : parentKey + "." + property;
        String noun = projectLevel ? "key" : "field";
        Optional<String> match = Suggestions.closest(name, known);
        if (match.isPresent()) {
            problems.addFromSchema(key, "unknown " + noun + "; did you mean " + (projectLevel ? StackConfigLoader.key(match.get()) : match.get()) + "?");
        } else {
            String field = parentKey.substring(parentKey.indexOf(':') + 1);
            problems.addFromSchema(key, "unknown " + noun + "; " + (projectLevel ? "the " + StackConfigLoader.NAMESPACE + " keys are " : field + " has the fields ")
                    + String.join(", ", known));
        }
    }

    /** A map entry whose name breaks {@code propertyNames}: reported at the entry, with the rule it breaks. */
    private void propertyName(String parentKey, JsonNode names, ValidationMessage violation) {
        String name = violation.getProperty() != null ? violation.getProperty() : String.valueOf(violation.getArguments()[0]);
        String key = parentKey + "." + name;
        JsonNode messages = names.path(MESSAGE);
        int length = name.codePointCount(0, name.length());
        String rule;
        if (names.has("minLength") && length < names.path("minLength").asInt()
                || names.has("maxLength") && length > names.path("maxLength").asInt()) {
            rule = messages.path("length").asText("must be " + names.path("minLength").asInt(0) + " to "
                    + names.path("maxLength").asInt() + " characters long") + ", got " + length;
        } else if (names.has("not") && Pattern.compile(names.path("not").path("pattern").asText()).matcher(name).find()) {
            rule = messages.path("not").asText("is not allowed");
        } else {
            rule = messages.path("pattern").asText("is not a valid name");
        }
        problems.addFromSchema(key, rule);
    }

    /** A value listed twice: reported at the repeat, naming the first. */
    private void repeated(List<Object> path, String key, JsonNode list) {
        String field = String.valueOf(path.get(path.size() - 1));
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (list.get(i).equals(list.get(j))) {
                    problems.addFromSchema(key + "[" + i + "]", "repeats " + field + "[" + j + "]; list each value once");
                    break;
                }
            }
        }
    }

    /** {@code ecs-platform:service.schedules[1].name}. */
    static String key(List<Object> path) {
        var key = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                key.append('[').append(index).append(']');
            } else {
                key.append(key.length() == 0 ? "" : ".").append(element);
            }
        }
        return key.toString();
    }

    /** A value for a message: a string quoted, a number or boolean as written, else its kind; a secret never. */
    private String shown(String key, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return problems.quote(key, value.textValue());
        }
        if (value.isNumber() || value.isBoolean()) {
            return problems.show(key, value.asText());
        }
        return value.isObject() ? "an object" : value.isArray() ? "a list" : "null";
    }

    private static String expected(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.asText().equals("object") && !schema.has("properties") && schema.has("additionalProperties")) {
            return "a map of names to strings";
        }
        if (type.asText().equals("array") && schema.path("items").path("type").asText().equals("object")) {
            return "a list of objects";
        }
        if (type.isArray() && StreamSupport.stream(type.spliterator(), false).anyMatch(name -> name.asText().equals("string"))) {
            return "a string"; // numbers and booleans are taken as written
        }
        List<String> names = new ArrayList<>();
        (type.isArray() ? StreamSupport.stream(type.spliterator(), false).toList() : List.of(type))
                .forEach(name -> names.add(switch (name.asText()) {
                    case "integer" -> "a whole number";
                    case "number" -> "a number";
                    case "boolean" -> "true or false";
                    case "object" -> "an object (a YAML map in the stack file)";
                    case "array" -> "a list";
                    default -> "a " + name.asText();
                }));
        return String.join(" or ", names);
    }

    private static String range(JsonNode schema, String shown) {
        if (schema.has("minimum") && schema.has("maximum")) {
            return "must be between " + schema.get("minimum").asText() + " and " + schema.get("maximum").asText() + ", got " + shown;
        }
        return schema.has("minimum")
                ? "must be at least " + schema.get("minimum").asText() + ", got " + shown
                : "must be at most " + schema.get("maximum").asText() + ", got " + shown;
    }

    private static String allowed(JsonNode values) {
        List<String> texts = StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
        if (texts.size() == 2) {
            return "use " + texts.get(0) + " or " + texts.get(1);
        }
        return (texts.size() > 4 ? "use one of " : "use ") + String.join(", ", texts);
    }

    /** The allowed value nearest {@code value}: by spelling for text, by size for a number. */
    private static Optional<String> suggestion(JsonNode value, JsonNode values) {
        List<JsonNode> allowed = StreamSupport.stream(values.spliterator(), false).toList();
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            return allowed.stream().filter(JsonNode::isNumber)
                    .min(Comparator.comparing(candidate -> candidate.decimalValue().subtract(number).abs()))
                    .map(JsonNode::asText);
        }
        return Suggestions.closest(value.asText().strip(), allowed.stream().map(JsonNode::asText).toList());
    }

    private static int length(JsonNode value) {
        String text = value.asText();
        return text.codePointCount(0, text.length());
    }

    private static String reason(String custom) {
        return custom.isEmpty() ? "" : "; " + custom;
    }
}
