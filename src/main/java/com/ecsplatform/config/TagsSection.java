package com.ecsplatform.config;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code ecs-platform:tags}: extra tags for every taggable resource, within AWS's tag rules. */
final class TagsSection {

    private static final int MAX_KEY_LENGTH = 128;
    private static final int MAX_VALUE_LENGTH = 256;
    /** The characters AWS allows in tag keys and values. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final String CHARACTERS = "letters, digits, spaces and _ . : / = + - @";

    private TagsSection() {
    }

    static Map<String, String> read(ObjectReader keys) {
        return keys.stringMap("tags", TagsSection::tagProblem).orElse(Map.of());
    }

    private static Optional<String> tagProblem(String key, String value) {
        int keyLength = key.codePointCount(0, key.length());
        if (keyLength < 1 || keyLength > MAX_KEY_LENGTH) {
            return Optional.of("tag keys must be 1 to " + MAX_KEY_LENGTH + " characters long, got " + keyLength);
        }
        if (key.regionMatches(true, 0, "aws:", 0, 4)) {
            return Optional.of("the aws: prefix is reserved for AWS's own tags; choose another key");
        }
        if (!ALLOWED.matcher(key).matches()) {
            return Optional.of("tag keys may contain only " + CHARACTERS);
        }
        int valueLength = value.codePointCount(0, value.length());
        if (valueLength > MAX_VALUE_LENGTH) {
            return Optional.of("the value is " + valueLength + " characters long; tag values have at most " + MAX_VALUE_LENGTH);
        }
        if (!ALLOWED.matcher(value).matches()) {
            return Optional.of("the value may contain only " + CHARACTERS);
        }
        return Optional.empty();
    }
}
