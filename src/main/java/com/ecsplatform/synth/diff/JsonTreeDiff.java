package com.ecsplatform.synth.diff;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Property-level differences between two JSON trees, in a stable order (object keys sorted, array
 * elements by index).
 *
 * <p>Objects are compared key by key and arrays of objects element by element, so a change deep in
 * a security-group rule reads {@code ingress[0].fromPort}. Arrays of plain values ({@code dependsOn},
 * {@code cidrBlocks}) are compared whole: one line with both lists reads better than one line per
 * shifted index. Strings that hold documents (JSON policies and container definitions, base64 user
 * data) are compared as those documents.
 */
final class JsonTreeDiff {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private JsonTreeDiff() {
    }

    /**
     * @param before the old tree, or {@code null} when absent
     * @param after  the new tree, or {@code null} when absent
     * @return the differing leaves, empty when the trees are equal
     */
    static List<PropertyChange> diff(JsonElement before, JsonElement after) {
        List<PropertyChange> changes = new ArrayList<>();
        walk("", before, after, changes);
        return List.copyOf(changes);
    }

    private static void walk(String path, JsonElement before, JsonElement after, List<PropertyChange> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && after != null && before.isJsonObject() && after.isJsonObject()) {
            walkObjects(path, before.getAsJsonObject(), after.getAsJsonObject(), changes);
        } else if (before != null && after != null && holdsContainers(before) && holdsContainers(after)) {
            walkArrays(path, before.getAsJsonArray(), after.getAsJsonArray(), changes);
        } else {
            embeddedDocuments(path, before, after).ifPresentOrElse(
                    documents -> walk(documents.path(), documents.before(), documents.after(), changes),
                    () -> changes.add(new PropertyChange(path, before, after)));
        }
    }

    private static void walkObjects(String path, JsonObject before, JsonObject after, List<PropertyChange> changes) {
        SortedSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            walk(child(path, key), before.get(key), after.get(key), changes);
        }
    }

    private static void walkArrays(String path, JsonArray before, JsonArray after, List<PropertyChange> changes) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            walk(path + "[" + i + "]", elementOrNull(before, i), elementOrNull(after, i), changes);
        }
    }

    /** Two strings seen as the documents they hold, and the path to show them under. */
    private record Documents(String path, JsonElement before, JsonElement after) {
    }

    /** The documents {@code before} and {@code after} hold, when both are strings holding one of the same kind. */
    private static Optional<Documents> embeddedDocuments(String path, JsonElement before, JsonElement after) {
        if (!isString(before) || !isString(after)) {
            return Optional.empty();
        }
        var beforeJson = EmbeddedDocuments.json(before.getAsString());
        var afterJson = EmbeddedDocuments.json(after.getAsString());
        if (beforeJson.isPresent() && afterJson.isPresent()) {
            return Optional.of(new Documents(path, beforeJson.get(), afterJson.get()));
        }
        var beforeText = EmbeddedDocuments.base64Text(before.getAsString());
        var afterText = EmbeddedDocuments.base64Text(after.getAsString());
        if (beforeText.isPresent() && afterText.isPresent()) {
            return Optional.of(new Documents(path + EmbeddedDocuments.DECODED, beforeText.get(), afterText.get()));
        }
        return Optional.empty();
    }

    private static boolean isString(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    private static boolean holdsContainers(JsonElement element) {
        if (!element.isJsonArray()) {
            return false;
        }
        for (JsonElement item : element.getAsJsonArray()) {
            if (item.isJsonObject() || item.isJsonArray()) {
                return true;
            }
        }
        return false;
    }

    private static JsonElement elementOrNull(JsonArray array, int index) {
        return index < array.size() ? array.get(index) : null;
    }

    private static String child(String path, String key) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return path + "[" + ValueFormat.json(new JsonPrimitive(key)) + "]";
        }
        return path.isEmpty() ? key : path + "." + key;
    }
}
