package com.ecsplatform.synth.diff;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.StringReader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Inputs that AWS takes as strings but that are documents: IAM policies, container definitions and
 * event patterns as JSON text, user data as base64. Expanding them lets a diff point at the statement
 * or setting that changed instead of printing two unreadable strings.
 */
final class EmbeddedDocuments {

    /** Appended to the path of a value shown decoded from base64. */
    static final String DECODED = " (base64-decoded)";

    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");

    private EmbeddedDocuments() {
    }

    /** The document inside {@code text} when it is JSON text of an object or array. */
    static Optional<JsonElement> json(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        // Strict parsing: Gson's JsonParser is lenient and would take single quotes or bare words.
        try (var reader = new JsonReader(new StringReader(trimmed))) {
            reader.setLenient(false);
            JsonElement parsed = ELEMENTS.read(reader);
            return reader.peek() == JsonToken.END_DOCUMENT ? Optional.of(parsed) : Optional.empty();
        } catch (IOException | JsonParseException | IllegalStateException notJson) {
            return Optional.empty();
        }
    }

    /** The text inside {@code text} when it is base64 of UTF-8 text (user data, for instance). */
    static Optional<JsonElement> base64Text(String text) {
        if (text.length() % 4 != 0 || !BASE64.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            String decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            boolean printable = decoded.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || c >= 0x20);
            return printable ? Optional.of(new JsonPrimitive(decoded)) : Optional.empty();
        } catch (IllegalArgumentException | CharacterCodingException notText) {
            return Optional.empty();
        }
    }
}
