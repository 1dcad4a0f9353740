package com.ecsplatform.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of one object of the validated configuration tree, to fill a config record's builder.
 * The schema has checked every type by now and removed each invalid value, so a read is empty when the
 * value was left out or was invalid (reported), and the caller falls back to the profile's default.
 *
 * @param node     the object
 * @param key      its fully qualified key ({@code ecs-platform:cluster}); empty for the whole configuration
 * @param problems where an integer beyond what a setting can hold is reported
 */
record Fields(JsonNode node, String key, Problems problems) {

    /** The path of {@code field} of this object. */
    String path(String field) {
        return key.isEmpty() ? field : key + "." + field;
    }

    /** The object field {@code field}; an object without fields when it is absent. */
    Fields object(String field) {
        return new Fields(node.path(field), path(field), problems);
    }

    /** Whether the field holds a value. */
    boolean has(String field) {
        return value(field).isPresent();
    }

    Optional<String> text(String field) {
        return value(field).map(JsonNode::asText);
    }

    Optional<Boolean> bool(String field) {
        return value(field).map(JsonNode::asBoolean);
    }

    /** A whole number; one beyond an int's range is reported (as written) and read as absent. */
    Optional<Integer> integer(String field) {
        return value(field).filter(value -> {
            if (value.canConvertToInt()) {
                return true;
            }
            String shown = problems.show(path(field), value.asText());
            problems.add(path(field), value.decimalValue().signum() > 0
                    ? "is out of range: at most " + Integer.MAX_VALUE + ", got " + shown
                    : "is out of range: at least " + Integer.MIN_VALUE + ", got " + shown);
            return false;
        }).map(JsonNode::intValue);
    }

    /** A list of strings, without the elements the schema refused. */
    Optional<List<String>> texts(String field) {
        return value(field).map(list -> {
            List<String> texts = new ArrayList<>();
            list.forEach(item -> {
                if (!item.isNull()) {
                    texts.add(item.asText());
                }
            });
            return texts;
        });
    }

    /** A map of names to strings (numbers and booleans as written). */
    Optional<Map<String, String>> textMap(String field) {
        return value(field).map(map -> {
            Map<String, String> entries = new LinkedHashMap<>();
            map.fields().forEachRemaining(entry -> entries.put(entry.getKey(), entry.getValue().asText()));
            return entries;
        });
    }

    /** A list of objects, each with its index in the key ({@code schedules[1]}); refused elements are left out. */
    List<Fields> objects(String field) {
        List<Fields> objects = new ArrayList<>();
        JsonNode list = node.path(field);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isObject()) {
                objects.add(new Fields(list.get(i), path(field) + "[" + i + "]", problems));
            }
        }
        return objects;
    }

    private Optional<JsonNode> value(String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value);
    }
}
