package com.ecsplatform.testing;

import com.ecsplatform.synth.RegisteredResource;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a registered resource's inputs by dotted path ({@code metadataOptions.httpTokens}, {@code tags.Name}). */
public final class Inputs {

    private Inputs() {
    }

    /** The element at {@code path}, or null when any step is missing. */
    public static JsonElement at(RegisteredResource resource, String path) {
        JsonElement current = resource.inputs();
        for (String step : path.split("\\.")) {
            if (current == null || !current.isJsonObject()) {
                return null;
            }
            current = current.getAsJsonObject().get(step);
        }
        return current;
    }

    /** The string at {@code path}; fails naming the resource when absent. */
    public static String string(RegisteredResource resource, String path) {
        return require(resource, path).getAsString();
    }

    /** The integer at {@code path}. */
    public static int integer(RegisteredResource resource, String path) {
        return require(resource, path).getAsInt();
    }

    /** The boolean at {@code path}. */
    public static boolean bool(RegisteredResource resource, String path) {
        return require(resource, path).getAsBoolean();
    }

    /** The list of strings at {@code path}. */
    public static List<String> strings(RegisteredResource resource, String path) {
        var values = new ArrayList<String>();
        require(resource, path).getAsJsonArray().forEach(element -> values.add(element.getAsString()));
        return values;
    }

    /** The object at {@code path} as a map of strings. */
    public static Map<String, String> stringMap(RegisteredResource resource, String path) {
        var values = new TreeMap<String, String>();
        JsonObject object = require(resource, path).getAsJsonObject();
        object.entrySet().forEach(entry -> values.put(entry.getKey(), entry.getValue().getAsString()));
        return values;
    }

    /** Whether {@code path} is present. */
    public static boolean has(RegisteredResource resource, String path) {
        var element = at(resource, path);
        return element != null && !element.isJsonNull();
    }

    private static JsonElement require(RegisteredResource resource, String path) {
        var element = at(resource, path);
        if (element == null || element.isJsonNull()) {
            throw new AssertionError(resource.name() + " (" + resource.type() + ") has no input " + path + ": " + resource.inputs());
        }
        return element;
    }
}
