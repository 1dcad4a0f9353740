package com.ecsplatform.synth;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.resources.Resource;
import com.pulumi.test.internal.MockMonitor;
import pulumirpc.AliasOuterClass;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pulumi's mock monitor, plus a record of every registration request exactly as the engine would
 * receive it: inputs (with secrets still marked), parent, and resource options. Resource options
 * never reach {@link com.pulumi.test.Mocks}, which is why the record is taken here.
 */
final class RecordingMonitor extends MockMonitor {

    // Wire markers of Pulumi's property serialization (com.pulumi.core.internal.Constants).
    private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    private static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    private static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private final OfflineMocks mocks;
    private final Map<String, RegisteredResource> byUrn = new ConcurrentHashMap<>();

    RecordingMonitor(OfflineMocks mocks, com.pulumi.Log log) {
        super(mocks, log);
        this.mocks = mocks;
    }

    /** Every registration so far, keyed by URN. */
    Map<String, RegisteredResource> registrations() {
        return Map.copyOf(byUrn);
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
        mocks.announce(request.getType(), request.getName(), resource.getClass());
        return super.registerResourceAsync(resource, request).thenApply(response -> {
            byUrn.put(response.getUrn(), record(response.getUrn(), request));
            return response;
        });
    }

    private static RegisteredResource record(String urn, RegisterResourceRequest request) {
        var inputDependencies = new TreeMap<String, List<String>>();
        request.getPropertyDependenciesMap().forEach((input, deps) ->
                inputDependencies.put(input, deps.getUrnsList().stream().map(RecordingMonitor::logicalName).sorted().toList()));
        var impliedByInputs = new TreeSet<String>();
        inputDependencies.values().forEach(impliedByInputs::addAll);
        List<String> explicit = request.getDependenciesList().stream()
                .map(RecordingMonitor::logicalName)
                .filter(dependency -> !impliedByInputs.contains(dependency))
                .sorted()
                .distinct()
                .toList();
        var options = new RegisteredResource.Options(
                explicit,
                request.getIgnoreChangesList().stream().sorted().toList(),
                request.getProtect(),
                request.getDeleteBeforeReplace(),
                request.getRetainOnDelete(),
                aliases(urn, request));
        return new RegisteredResource(urn, request.getType(), request.getName(),
                request.getParent().isEmpty() ? null : request.getParent(),
                request.getCustom(), toJson(request.getObject()), options, inputDependencies);
    }

    /**
     * The URNs the program says the resource was known by (a rename or a new parent), whether the
     * SDK sent them as URNs or as specs (name, type, parent relative to the resource itself),
     * resolved the way the engine resolves them. Aliases to another type token are left out: the
     * provider SDK adds those itself for its renamed types (aws:lb ← aws:elasticloadbalancingv2).
     */
    private static List<String> aliases(String urn, RegisterResourceRequest request) {
        var aliases = new TreeSet<>(request.getAliasURNsList());
        for (AliasOuterClass.Alias alias : request.getAliasesList()) {
            if (alias.hasUrn()) {
                aliases.add(alias.getUrn());
            } else if (alias.hasSpec()) {
                aliases.add(aliasUrn(urn, request, alias.getSpec()));
            }
        }
        return aliases.stream().filter(alias -> ownType(alias).equals(request.getType())).toList();
    }

    /** The type token of a URN: the last segment of its type chain. */
    private static String ownType(String urn) {
        String[] parts = urn.split("::", 4);
        String chain = parts.length < 4 ? "" : parts[2];
        return chain.substring(chain.lastIndexOf('$') + 1);
    }

    private static String aliasUrn(String urn, RegisterResourceRequest request, AliasOuterClass.Alias.Spec spec) {
        // urn:pulumi:<stack>::<project>::<parent type chain>$<type>::<name>
        String[] parts = urn.split("::", 4);
        String stack = spec.getStack().isEmpty() ? parts[0].substring("urn:pulumi:".length()) : spec.getStack();
        String project = spec.getProject().isEmpty() ? parts[1] : spec.getProject();
        String type = spec.getType().isEmpty() ? request.getType() : spec.getType();
        String name = spec.getName().isEmpty() ? request.getName() : spec.getName();
        // As the engine resolves it (stepGenerator.collapseAliasToUrn): an empty parent URN, which the
        // Java SDK sends for an alias that names no parent, means the resource's own parent.
        String parent = spec.hasNoParent() && spec.getNoParent() ? ""
                : spec.hasParentUrn() && !spec.getParentUrn().isEmpty() ? spec.getParentUrn() : request.getParent();
        String chain = parent.isEmpty() ? type : parent.split("::", 4)[2] + "$" + type;
        return "urn:pulumi:" + stack + "::" + project + "::" + chain + "::" + name;
    }

    /** The last segment of a URN: the logical name. */
    static String logicalName(String urn) {
        return urn.substring(urn.lastIndexOf("::") + 2);
    }

    private static JsonObject toJson(Struct struct) {
        var sorted = new TreeMap<>(struct.getFieldsMap());
        var json = new JsonObject();
        sorted.forEach((key, value) -> json.add(key, toJson(value)));
        return json;
    }

    private static JsonElement toJson(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> JsonNull.INSTANCE;
            case BOOL_VALUE -> new JsonPrimitive(value.getBoolValue());
            case NUMBER_VALUE -> number(value.getNumberValue());
            case STRING_VALUE -> new JsonPrimitive(UNKNOWN.equals(value.getStringValue()) ? "[unknown]" : value.getStringValue());
            case LIST_VALUE -> {
                var array = new JsonArray();
                value.getListValue().getValuesList().forEach(item -> array.add(toJson(item)));
                yield array;
            }
            case STRUCT_VALUE -> special(value.getStructValue());
        };
    }

    private static JsonElement special(Struct struct) {
        var signature = struct.getFieldsMap().get(SIG_KEY);
        if (signature == null) {
            return toJson(struct);
        }
        return switch (signature.getStringValue()) {
            case SECRET_SIG -> new JsonPrimitive(Placeholders.SECRET);
            case RESOURCE_SIG -> new JsonPrimitive(Placeholders.output(logicalName(struct.getFieldsMap().get("urn").getStringValue()), "urn"));
            default -> toJson(struct);
        };
    }

    private static JsonPrimitive number(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return new JsonPrimitive((long) number);
        }
        return new JsonPrimitive(number);
    }

}
