package com.ecsplatform.config;

import java.util.regex.Pattern;

/** What the schema leaves to the program in {@code ecs-platform:tags}: the characters AWS allows (Unicode classes). */
final class TagRules {

    /** The characters AWS allows in tag keys and values. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final String CHARACTERS = "letters, digits, spaces and _ . : / = + - @";
    private static final String TAGS = StackConfigLoader.key("tags");

    private TagRules() {
    }

    static void check(StackConfig config, Problems problems) {
        config.tags().forEach((key, value) -> {
            if (!ALLOWED.matcher(key).matches()) {
                problems.add(TAGS + "." + key, "tag keys may contain only " + CHARACTERS);
            } else if (!ALLOWED.matcher(value).matches()) {
                problems.add(TAGS + "." + key, "the value may contain only " + CHARACTERS);
            }
        });
    }
}
