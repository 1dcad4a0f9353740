package com.ecsplatform.synth;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The synth's JSON document. Deterministic: keys in a fixed order, resources sorted by URN, no
 * timings, so the same stack file always gives the same bytes and a snapshot diff shows only real
 * changes.
 */
public final class SynthJson {

    private SynthJson() {
    }

    /** The document for {@code result}, pretty-printed, ending in a newline. */
    public static String render(SynthResult result) {
        var document = new JsonObject();
        document.addProperty("project", result.project());
        document.addProperty("stack", result.stack());
        var outputs = new JsonObject();
        result.outputs().forEach(outputs::add);
        document.add("outputs", outputs);
        var resources = new JsonArray();
        result.resources().forEach(resource -> resources.add(resource(resource)));
        document.add("resources", resources);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(document) + "\n";
    }

    private static JsonObject resource(RegisteredResource resource) {
        var json = new JsonObject();
        json.addProperty("urn", resource.urn());
        json.addProperty("type", resource.type());
        json.addProperty("name", resource.name());
        json.add("parent", resource.parent() == null ? JsonNull.INSTANCE : new JsonPrimitive(resource.parent()));
        json.add("inputs", resource.inputs());
        var options = new JsonObject();
        var dependsOn = new JsonArray();
        resource.options().dependsOn().forEach(dependsOn::add);
        options.add("dependsOn", dependsOn);
        var ignoreChanges = new JsonArray();
        resource.options().ignoreChanges().forEach(ignoreChanges::add);
        options.add("ignoreChanges", ignoreChanges);
        options.addProperty("protect", resource.options().protect());
        options.addProperty("deleteBeforeReplace", resource.options().deleteBeforeReplace());
        options.addProperty("retainOnDelete", resource.options().retainOnDelete());
        // Written only when there are some, so a graph without renames reads as it always did.
        if (!resource.options().aliases().isEmpty()) {
            var aliases = new JsonArray();
            resource.options().aliases().forEach(aliases::add);
            options.add("aliases", aliases);
        }
        json.add("options", options);
        return json;
    }
}
