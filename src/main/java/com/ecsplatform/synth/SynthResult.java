package com.ecsplatform.synth;

import com.google.gson.JsonElement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The desired graph of one stack as the program registered it under the mock engine.
 *
 * @param project       the Pulumi project
 * @param stack         the stack name
 * @param outputs       stack outputs, by name
 * @param resources     every registered resource, components and the stack included, sorted by URN
 * @param elapsedMillis how long the program took to evaluate
 */
public record SynthResult(String project, String stack, Map<String, JsonElement> outputs,
                          List<RegisteredResource> resources, long elapsedMillis) {

    /** All resources of {@code type} (e.g. {@code aws:ec2/subnet:Subnet}). */
    public List<RegisteredResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The resource called {@code name}, if any. */
    public Optional<RegisteredResource> named(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The resource called {@code name}; fails with the list of names when absent. */
    public RegisteredResource require(String name) {
        return named(name).orElseThrow(() -> new AssertionError("no resource named " + name + " in "
                + resources.stream().map(RegisteredResource::name).toList()));
    }

    /** The resources matching {@code filter}. */
    public List<RegisteredResource> where(Predicate<RegisteredResource> filter) {
        return resources.stream().filter(filter).toList();
    }
}
