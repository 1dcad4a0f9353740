package com.ecsplatform.synth.diff;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which input changes make the Pulumi AWS provider replace a resource instead of updating it.
 *
 * <p>The facts are the provider's own: the Pulumi AWS provider is bridged from terraform-provider-aws
 * and replaces a resource when an input that the Terraform schema marks {@code ForceNew} (SDKv2) or
 * {@code RequiresReplace} (Plugin Framework) changes. {@value #RESOURCE} holds them per Pulumi type,
 * with the upstream file and ref each type was read from ({@link #source()}, {@link Type#file()}).
 *
 * <p>Paths follow the synth's property paths with list indexes dropped: {@code ebsBlockDevices[].volumeSize}
 * for {@code ebsBlockDevices[2].volumeSize}. A change below a listed path replaces too (a ForceNew
 * list or map of plain values replaces on any element, plugin-sdk {@code schema.go} diffList/diffMap),
 * while a ForceNew block of nested resources replaces only when an element is added or removed, which
 * the table lists under the block's own path.
 */
public final class ReplaceRules {

    /** The classpath resource the table is read from. */
    public static final String RESOURCE = "/com/ecsplatform/synth/diff/replace-on-change.json";

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final ReplaceRules BUNDLED = load();

    private final Source source;
    private final SortedMap<String, Type> types;

    private ReplaceRules(Source source, Map<String, Type> types) {
        this.source = source;
        this.types = new TreeMap<>(types);
    }

    /** @return the table shipped with the program */
    public static ReplaceRules bundled() {
        return BUNDLED;
    }

    /** @return where the facts come from */
    public Source source() {
        return source;
    }

    /** @return every type the table covers, sorted */
    public Set<String> types() {
        return types.keySet();
    }

    /** @return the rules of {@code type}, if the table covers it */
    public Optional<Type> type(String type) {
        return Optional.ofNullable(types.get(type));
    }

    /**
     * Components and the stack live only in Pulumi's state: they have no provider and are never
     * replaced by an input change.
     *
     * @return whether changes of {@code type} are decided by the provider's schema
     */
    public static boolean isProviderResource(String type) {
        return type.startsWith("aws:");
    }

    /**
     * @param path a synth property path such as {@code containerDefinitions[0].image}
     * @return the path with list indexes dropped and a decoded-document suffix removed:
     *     {@code containerDefinitions[].image}
     */
    static String schemaPath(String path) {
        String plain = path.endsWith(EmbeddedDocuments.DECODED)
                ? path.substring(0, path.length() - EmbeddedDocuments.DECODED.length())
                : path;
        return INDEX.matcher(plain).replaceAll("[]");
    }

    private static ReplaceRules load() {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ReplaceRules.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8)) {
            Document document = new Gson().fromJson(reader, Document.class);
            return new ReplaceRules(document.source(), document.types());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's layout, for Gson. */
    private record Document(Source source, Map<String, Type> types) {
    }

    /**
     * @param repository where the flags were read: {@code hashicorp/terraform-provider-aws}
     * @param ref        the provider version the flags are for
     * @param pulumiAws  the Pulumi AWS SDK version the property names are taken from
     * @param derivation how the table was derived and checked
     */
    public record Source(String repository, String ref, String pulumiAws, String derivation) {
    }

    /**
     * The replace-on-change facts of one Pulumi type.
     *
     * @param terraform       the Terraform resource it is bridged from, e.g. {@code aws_vpc}
     * @param file            the upstream source file the flags were read from
     * @param ref             the upstream ref of that file
     * @param allReplace      the resource has no Update function: any input change replaces it
     * @param replaceOnChange input paths whose change always replaces
     * @param conditional     input paths whose change replaces only in some cases, with the rule
     * @param notes           what else a reviewer should know about replacing it
     */
    public record Type(String terraform, String file, String ref, boolean allReplace, List<String> replaceOnChange,
                       Map<String, String> conditional, String notes) {

        public Type {
            replaceOnChange = replaceOnChange == null ? List.of() : List.copyOf(replaceOnChange);
            conditional = conditional == null ? Map.of() : Map.copyOf(new TreeMap<>(conditional));
            notes = notes == null ? "" : notes;
        }

        /**
         * @param path a synth property path
         * @return the table path that makes a change at {@code path} replace the resource
         */
        public Optional<String> forcingPath(String path) {
            String schema = schemaPath(path);
            return replaceOnChange.stream().filter(rule -> covers(rule, schema)).findFirst();
        }

        /** @return the conditional rule that may make a change at {@code path} replace the resource */
        public Optional<Map.Entry<String, String>> conditionalRule(String path) {
            String schema = schemaPath(path);
            return conditional.entrySet().stream()
                    .filter(rule -> covers(rule.getKey(), schema))
                    .sorted(Map.Entry.comparingByKey())
                    .findFirst();
        }

        private static boolean covers(String rule, String path) {
            return path.equals(rule) || path.startsWith(rule + ".") || path.startsWith(rule + "[")
                    // a whole element added to or removed from a block whose fields are ForceNew
                    || rule.startsWith(path + ".") && path.endsWith("[]");
        }
    }

    /** Reads a top-level input of an input tree, for conditional rules. */
    static Optional<JsonElement> valueAt(JsonElement inputs, String key) {
        if (inputs == null || !inputs.isJsonObject()) {
            return Optional.empty();
        }
        JsonObject object = inputs.getAsJsonObject();
        return Optional.ofNullable(object.get(key));
    }

    /** Whether a top-level input is the JSON boolean {@code true}; false when absent or of another type. */
    static boolean isTrue(JsonElement inputs, String key) {
        return valueAt(inputs, key)
                .filter(value -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())
                .map(JsonElement::getAsBoolean)
                .orElse(false);
    }
}
