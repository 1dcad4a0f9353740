package com.ecsplatform.synth;

import com.pulumi.core.annotations.Export;
import com.pulumi.test.Mocks;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The mock engine's answers, written so the synth reads like a plan: a resource's outputs echo its
 * inputs, every computed string output (ids, ARNs, DNS names) is the placeholder
 * {@code ${<logical name>.<output>}}, and each data-source call the program makes is answered with
 * {@code ${lookup:...}} placeholders. An invoke this class does not know fails loudly, so a new
 * lookup cannot slip in unreviewed.
 */
public class OfflineMocks implements Mocks {

    /** How many AZ names the offline region offers; the largest regions have six. */
    static final int OFFLINE_AZ_COUNT = 6;

    /** Computed numbers the program reads; AWS's first value is the honest placeholder. */
    private static final Map<String, Object> NUMERIC_OUTPUTS = Map.of("latestVersion", 1, "defaultVersion", 1);

    private final Map<String, Class<?>> resourceClasses = new ConcurrentHashMap<>();

    /** Tells the mocks which class is about to be registered under {@code type::name}. */
    void announce(String type, String name, Class<?> resourceClass) {
        resourceClasses.put(type + "::" + name, resourceClass);
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        var state = new HashMap<String, Object>();
        // An input that came from elsewhere is, as an output, this resource's own: a reader of the
        // synth then sees whom a consumer really waits for (a listener on the validated certificate).
        args.inputs.forEach((key, value) -> state.put(key, isReference(value) ? Placeholders.output(args.name, key) : value));
        state.putAll(providerComputed(args));
        var resourceClass = resourceClasses.get(args.type + "::" + args.name);
        if (resourceClass != null) {
            for (var export : computedOutputs(resourceClass)) {
                if (!state.containsKey(export.name())) {
                    state.put(export.name(), export.placeholder(args.name));
                }
            }
        }
        return CompletableFuture.completedFuture(
                ResourceResult.of(Optional.of(Placeholders.output(args.name, "id")), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(switch (args.token) {
            case "aws:index/getAvailabilityZones:getAvailabilityZones" -> availabilityZones();
            case "aws:ssm/getParameter:getParameter" -> ssmParameter((String) args.args.get("name"));
            case "aws:route53/getZone:getZone" -> hostedZone((String) args.args.get("name"));
            case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of("id", Placeholders.lookup("accountId"),
                    "accountId", Placeholders.lookup("accountId"), "arn", Placeholders.lookup("callerArn"),
                    "userId", Placeholders.lookup("callerUserId"));
            default -> throw new IllegalStateException("The offline synth has no answer for the lookup " + args.token
                    + "; add it to OfflineMocks so reviewers can see what it returns");
        });
    }

    /** Outputs the provider derives from inputs, answered the way AWS would shape them. */
    private static Map<String, Object> providerComputed(ResourceArgs args) {
        return switch (args.type) {
            case "aws:route53/record:Record" -> Map.of("fqdn", isReference(args.inputs.get("name"))
                    ? Placeholders.output(args.name, "fqdn") : args.inputs.getOrDefault("name", ""));
            case "aws:acm/certificate:Certificate" -> Map.of("domainValidationOptions", List.of(Map.of(
                    "domainName", args.inputs.getOrDefault("domainName", ""),
                    "resourceRecordName", Placeholders.output(args.name, "domainValidationOptions[0].resourceRecordName"),
                    "resourceRecordType", "CNAME",
                    "resourceRecordValue", Placeholders.output(args.name, "domainValidationOptions[0].resourceRecordValue"))));
            // RDS creates the master user's secret when it manages the password.
            case "aws:rds/instance:Instance" -> Boolean.TRUE.equals(args.inputs.get("manageMasterUserPassword"))
                    ? Map.of("masterUserSecrets", List.of(Map.of(
                            "secretArn", Placeholders.output(args.name, "masterUserSecrets[0].secretArn"),
                            "kmsKeyId", Placeholders.output(args.name, "masterUserSecrets[0].kmsKeyId"),
                            "secretStatus", "active")))
                    : Map.of();
            default -> Map.of();
        };
    }

    private static boolean isReference(Object value) {
        return value instanceof String text && text.startsWith("${");
    }

    private static Map<String, Object> availabilityZones() {
        var names = IntStream.range(0, OFFLINE_AZ_COUNT)
                .mapToObj(i -> Placeholders.lookup("availabilityZones[" + i + "]")).toList();
        var zoneIds = IntStream.range(0, OFFLINE_AZ_COUNT)
                .mapToObj(i -> Placeholders.lookup("availabilityZoneIds[" + i + "]")).toList();
        return Map.of("id", "availability-zones", "names", names, "zoneIds", zoneIds, "state", "available");
    }

    private static Map<String, Object> ssmParameter(String name) {
        var value = Placeholders.lookup("ssm:" + name);
        return Map.of("id", name, "name", name, "value", value, "insecureValue", value, "type", "String",
                "arn", Placeholders.lookup("ssm-arn:" + name), "version", 1);
    }

    private static Map<String, Object> hostedZone(String zoneName) {
        return Map.of("id", Placeholders.lookup("route53-zone:" + zoneName), "zoneId", Placeholders.lookup("route53-zone:" + zoneName),
                "name", zoneName, "privateZone", false, "nameServers", List.of(), "arn", Placeholders.lookup("route53-zone-arn:" + zoneName));
    }

    private record ComputedOutput(String name, Object value) {
        Object placeholder(String logicalName) {
            return value != null ? value : Placeholders.output(logicalName, name);
        }
    }

    private static final Map<Class<?>, List<ComputedOutput>> OUTPUTS_BY_CLASS = new ConcurrentHashMap<>();

    private static List<ComputedOutput> computedOutputs(Class<?> resourceClass) {
        return OUTPUTS_BY_CLASS.computeIfAbsent(resourceClass, OfflineMocks::scan);
    }

    private static List<ComputedOutput> scan(Class<?> resourceClass) {
        return java.util.Arrays.stream(resourceClass.getDeclaredFields())
                .map(OfflineMocks::computedOutput)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<ComputedOutput> computedOutput(Field field) {
        var export = field.getAnnotation(Export.class);
        if (export == null) {
            return Optional.empty();
        }
        String name = export.name().isEmpty() ? field.getName() : export.name();
        if (NUMERIC_OUTPUTS.containsKey(name)) {
            return Optional.of(new ComputedOutput(name, NUMERIC_OUTPUTS.get(name)));
        }
        boolean plainString = export.refs().length == 1 && export.refs()[0] == String.class;
        return plainString ? Optional.of(new ComputedOutput(name, null)) : Optional.empty();
    }
}
