package com.ecsplatform.synth.diff;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references to other resources' outputs inside a resource's inputs, as the synth writes them
 * ({@code ${net-vpc.id}}), with the property path each one sits at. References inside documents held
 * in strings (a log group name in a container definition, the cluster name in base64 user data) are
 * found too, at the path the diff shows for them.
 */
final class References {

    /** {@code ${<logical name>.<output>}}; lookups ({@code ${lookup:...}}) have a colon and never match. */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^.:}\\s]+)\\.([A-Za-z0-9_]+)}");

    private References() {
    }

    /**
     * One reference.
     *
     * @param path     the property path of the value holding it
     * @param resource the logical name of the resource referenced
     * @param output   the output referenced, e.g. {@code id}
     */
    record Reference(String path, String resource, String output) {
    }

    /** @return every reference in {@code inputs}, in property order */
    static List<Reference> in(JsonElement inputs) {
        List<Reference> found = new ArrayList<>();
        walk("", inputs, found);
        return List.copyOf(found);
    }

    /** @return every reference in a plain string */
    static List<Reference> inText(String path, String text) {
        List<Reference> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            found.add(new Reference(path, matcher.group(1), matcher.group(2)));
        }
        return found;
    }

    private static void walk(String path, JsonElement value, List<Reference> found) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (value.isJsonObject()) {
            JsonObject object = value.getAsJsonObject();
            object.keySet().stream().sorted().forEach(key -> walk(child(path, key), object.get(key), found));
        } else if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                walk(path + "[" + i + "]", array.get(i), found);
            }
        } else if (value.getAsJsonPrimitive().isString()) {
            String text = value.getAsString();
            var json = EmbeddedDocuments.json(text);
            if (json.isPresent()) {
                walk(path, json.get(), found);
                return;
            }
            var decoded = EmbeddedDocuments.base64Text(text);
            if (decoded.isPresent()) {
                found.addAll(inText(path + EmbeddedDocuments.DECODED, decoded.get().getAsString()));
                return;
            }
            found.addAll(inText(path, text));
        }
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
