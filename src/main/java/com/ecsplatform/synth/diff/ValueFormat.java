package com.ecsplatform.synth.diff;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/**
 * Compact, one-line rendering of JSON values for reports. Long values (policy documents, container
 * definitions) are cut down to a window around the first difference, so a one-character change in a
 * 3,000-character string still shows on one readable line.
 */
final class ValueFormat {

    /** Values up to this many characters are shown whole. */
    static final int MAX_LENGTH = 120;
    /** Characters of unchanged text kept on each side of a difference in a shortened value. */
    static final int CONTEXT = 30;
    static final String ABSENT = "(absent)";
    static final String ARROW = " → ";
    private static final String ELLIPSIS = "…";

    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private ValueFormat() {
    }

    /** @return {@code value} as compact JSON, or {@value #ABSENT} for {@code null} */
    static String json(JsonElement value) {
        return value == null ? ABSENT : COMPACT.toJson(value);
    }

    /** @return {@code value} as compact JSON, cut to {@link #MAX_LENGTH} characters */
    static String single(JsonElement value) {
        String text = json(value);
        return text.length() <= MAX_LENGTH ? text : window(text, 0, 0);
    }

    /** @return {@code old → new}, both shortened around their first difference when long */
    static String change(JsonElement before, JsonElement after) {
        String oldText = json(before);
        String newText = json(after);
        if (oldText.length() <= MAX_LENGTH && newText.length() <= MAX_LENGTH) {
            return oldText + ARROW + newText;
        }
        int prefix = commonPrefix(oldText, newText);
        int suffix = commonSuffix(oldText, newText, prefix);
        int start = safeIndex(oldText, Math.max(0, prefix - CONTEXT));
        return window(oldText, start, suffix) + ARROW + window(newText, start, suffix);
    }

    private static String window(String text, int start, int commonSuffix) {
        int differenceEnd = Math.max(start, text.length() - commonSuffix);
        int end = Math.min(text.length(), Math.min(differenceEnd + CONTEXT, start + MAX_LENGTH));
        end = safeIndex(text, end);
        return (start > 0 ? ELLIPSIS : "") + text.substring(start, end) + (end < text.length() ? ELLIPSIS : "");
    }

    private static int commonPrefix(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        int i = 0;
        while (i < limit && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b, int prefix) {
        int limit = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < limit && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }

    /** Moves a cut point off the middle of a surrogate pair. */
    private static int safeIndex(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
