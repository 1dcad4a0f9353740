package com.ecsplatform.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.StringReader;

/** Strict JSON for config values: object keys arrive as JSON text, and must be exactly one JSON value. */
final class Json {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final TypeAdapter<JsonElement> ELEMENTS = GSON.getAdapter(JsonElement.class);

    private Json() {
    }

    /**
     * Parses one JSON value, strictly (Gson's {@code JsonParser} is lenient and would accept
     * {@code {a: 1}} or trailing text).
     *
     * @throws JsonParseException with a message naming the line and column, never the text
     */
    static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            JsonElement element = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected text after the value");
            }
            return element;
        } catch (IOException e) {
            throw new JsonParseException(readable(e.getMessage()), e);
        }
    }

    /** Compact JSON text, keys in insertion order. */
    static String write(JsonElement element) {
        return GSON.toJson(element);
    }

    /** What kind of value {@code element} is, for "must be …, got …" messages. */
    static String kind(JsonElement element) {
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "a list";
        }
        if (element.isJsonNull()) {
            return "null";
        }
        var primitive = element.getAsJsonPrimitive();
        return primitive.isBoolean() ? "a boolean" : primitive.isNumber() ? "a number" : "a string";
    }

    private static String readable(String gsonMessage) {
        return gsonMessage
                .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON")
                .replaceFirst(" path \\S*$", "");
    }
}
