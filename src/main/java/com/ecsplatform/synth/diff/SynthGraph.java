package com.ecsplatform.synth.diff;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One stack's offline synth ({@code target/synth/<stack>.json} or a committed snapshot), parsed.
 *
 * <p>The JSON trees inside are copied in and out, so a graph is a value: nothing a caller does to
 * what an accessor returns changes the graph.
 *
 * @param project   the Pulumi project name; empty for {@link #empty(String, String) an empty graph}
 * @param stack     the stack the graph was synthesized for
 * @param outputs   stack outputs by name, sorted by name
 * @param resources every resource, components included, keyed and sorted by URN
 */
public record SynthGraph(
        String project,
        String stack,
        SortedMap<String, JsonElement> outputs,
        SortedMap<String, Resource> resources) {

    public SynthGraph {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(stack, "stack");
        outputs = deepCopy(outputs);
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
        resources.forEach((urn, resource) -> {
            if (!urn.equals(resource.urn())) {
                throw new IllegalArgumentException("resource " + resource.urn() + " is keyed as " + urn);
            }
        });
    }

    /** @return a copy of the outputs; the graph keeps its own */
    @Override
    public SortedMap<String, JsonElement> outputs() {
        return deepCopy(outputs);
    }

    /**
     * A graph with no resources and no outputs: what a stack "was" before its first snapshot.
     *
     * @param project the project, or empty when unknown
     * @param stack   the stack
     */
    public static SynthGraph empty(String project, String stack) {
        return new SynthGraph(project, stack, Collections.emptySortedMap(), Collections.emptySortedMap());
    }

    /**
     * Reads a synth file.
     *
     * @throws IOException           when the file cannot be read
     * @throws SynthFormatException  when its content is not a synth graph; the message names the file
     */
    public static SynthGraph read(Path file) throws IOException {
        String json = Files.readString(file);
        try {
            return parse(json);
        } catch (SynthFormatException e) {
            throw new SynthFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the JSON the synth writes. {@code outputs}, a resource's {@code parent}, {@code inputs}
     * and {@code options} may be absent; everything else is required.
     *
     * @throws SynthFormatException when {@code json} is not a synth graph
     */
    public static SynthGraph parse(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new SynthFormatException("not valid JSON: " + oneLine(e.getMessage()), e);
        }
        JsonObject document = Fields.object(root, "the document");
        SortedMap<String, JsonElement> outputs = new TreeMap<>();
        Fields.optionalObject(document, "outputs", "the document")
                .ifPresent(o -> o.entrySet().forEach(e -> outputs.put(e.getKey(), e.getValue())));
        return new SynthGraph(
                Fields.string(document, "project", "the document"),
                Fields.string(document, "stack", "the document"),
                outputs,
                parseResources(Fields.array(document, "resources", "the document")));
    }

    /** @return the resource with this URN, if the graph has it */
    public Optional<Resource> resource(String urn) {
        return Optional.ofNullable(resources.get(urn));
    }

    private static SortedMap<String, Resource> parseResources(JsonArray array) {
        SortedMap<String, Resource> resources = new TreeMap<>();
        for (int i = 0; i < array.size(); i++) {
            Resource resource = Resource.parse(array.get(i), "resources[" + i + "]");
            if (resources.put(resource.urn(), resource) != null) {
                throw new SynthFormatException("resources[" + i + "]: duplicate urn " + resource.urn());
            }
        }
        return resources;
    }

    private static SortedMap<String, JsonElement> deepCopy(Map<String, JsonElement> source) {
        SortedMap<String, JsonElement> copy = new TreeMap<>();
        source.forEach((name, value) -> copy.put(name, Objects.requireNonNull(value, name).deepCopy()));
        return Collections.unmodifiableSortedMap(copy);
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable input" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /**
     * One resource of the graph.
     *
     * @param urn     its identity: stack, project, parent type chain, type and name
     * @param type    e.g. {@code aws:ec2/vpc:Vpc}, or a component type such as {@code ecs-platform:network:Network}
     * @param name    the logical name
     * @param parent  the parent's URN, or {@code null} for a resource of the stack itself
     * @param inputs  the inputs as the synth wrote them; an empty object for components
     * @param options the resource options ({@code dependsOn}, {@code protect}, ...)
     */
    public record Resource(String urn, String type, String name, String parent, JsonElement inputs, JsonObject options) {

        public Resource {
            Objects.requireNonNull(urn, "urn");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            inputs = inputs == null ? new JsonObject() : inputs.deepCopy();
            options = options == null ? new JsonObject() : options.deepCopy();
        }

        /** @return a copy of the inputs */
        @Override
        public JsonElement inputs() {
            return inputs.deepCopy();
        }

        /** @return a copy of the options */
        @Override
        public JsonObject options() {
            return options.deepCopy();
        }

        /** Whether the resource option {@code option} ({@code protect}, {@code retainOnDelete}) is set to true. */
        public boolean hasOption(String option) {
            JsonElement value = options.get(option);
            return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
        }

        /** Whether the stack itself is the parent: no parent, or the stack's URN (the synth may write either). */
        public boolean hasStackParent() {
            return parent == null || Urns.isStack(parent);
        }

        /** The parent's logical name, or {@code (stack)}, for messages. */
        public String parentName() {
            return hasStackParent() ? "(stack)" : Urns.name(parent);
        }

        private static Resource parse(JsonElement element, String where) {
            JsonObject json = Fields.object(element, where);
            return new Resource(
                    Fields.string(json, "urn", where),
                    Fields.string(json, "type", where),
                    Fields.string(json, "name", where),
                    Fields.optionalString(json, "parent", where).orElse(null),
                    json.get("inputs"),
                    Fields.optionalObject(json, "options", where).orElse(null));
        }
    }

    /** Typed access to the fields of a JSON object, failing with the field's location. */
    private static final class Fields {

        private Fields() {
        }

        static JsonObject object(JsonElement element, String where) {
            if (element == null || !element.isJsonObject()) {
                throw new SynthFormatException(where + " must be a JSON object");
            }
            return element.getAsJsonObject();
        }

        static JsonArray array(JsonObject owner, String field, String where) {
            JsonElement value = owner.get(field);
            if (value == null || !value.isJsonArray()) {
                throw new SynthFormatException(where + ": \"" + field + "\" must be an array");
            }
            return value.getAsJsonArray();
        }

        static String string(JsonObject owner, String field, String where) {
            return optionalString(owner, field, where)
                    .orElseThrow(() -> new SynthFormatException(where + ": \"" + field + "\" is missing"));
        }

        static Optional<String> optionalString(JsonObject owner, String field, String where) {
            JsonElement value = owner.get(field);
            if (value == null || value.isJsonNull()) {
                return Optional.empty();
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new SynthFormatException(where + ": \"" + field + "\" must be a string");
            }
            return Optional.of(value.getAsString());
        }

        static Optional<JsonObject> optionalObject(JsonObject owner, String field, String where) {
            JsonElement value = owner.get(field);
            if (value == null || value.isJsonNull()) {
                return Optional.empty();
            }
            return Optional.of(object(value, where + ": \"" + field + "\""));
        }
    }
}
