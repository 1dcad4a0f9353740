package com.ecsplatform.synth.diff;

import com.google.gson.JsonElement;
import java.util.Objects;

/**
 * One value that differs between two JSON trees.
 *
 * <p>{@code null} stands for "absent", so a property that appears has a {@code null} {@link #before()}
 * and one that disappears a {@code null} {@link #after()}; a JSON {@code null} value is
 * {@link com.google.gson.JsonNull}.
 *
 * @param path   where the value sits: {@code tags.Name}, {@code ingress[0].fromPort},
 *               {@code tags["kubernetes.io/role"]}; for a stack output, the output's name
 * @param before the old value, or {@code null} when it was absent
 * @param after  the new value, or {@code null} when it is absent now
 */
public record PropertyChange(String path, JsonElement before, JsonElement after) {

    public PropertyChange {
        Objects.requireNonNull(path, "path");
        if (before == null && after == null) {
            throw new IllegalArgumentException(path + ": a change needs a value on at least one side");
        }
        before = before == null ? null : before.deepCopy();
        after = after == null ? null : after.deepCopy();
    }

    /** @return whether the value is new */
    public boolean isAddition() {
        return before == null;
    }

    /** @return whether the value is gone */
    public boolean isRemoval() {
        return after == null;
    }

    /** @return a copy of the old value, or {@code null} when it was absent */
    @Override
    public JsonElement before() {
        return before == null ? null : before.deepCopy();
    }

    /** @return a copy of the new value, or {@code null} when it is absent now */
    @Override
    public JsonElement after() {
        return after == null ? null : after.deepCopy();
    }

    /**
     * @return the change as {@code path: old → new}, long values shortened around the difference; an
     *     empty path (the change of two whole trees that are not both objects) reads {@code (whole value)}
     */
    public String render() {
        return (path.isEmpty() ? "(whole value)" : path) + ": " + ValueFormat.change(before, after);
    }
}
