package com.ecsplatform.iam;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.annotations.SerializedName;

import java.util.List;
import java.util.Map;

/**
 * An IAM policy document built from typed values and serialized by Gson, so that no policy is ever
 * a hand-written JSON string and every statement can be asserted on in tests.
 *
 * @param version   always {@code 2012-10-17}
 * @param statement the statements
 */
public record PolicyDocument(
        @SerializedName("Version") String version,
        @SerializedName("Statement") List<Statement> statement) {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A document of the given statements. */
    public static PolicyDocument of(Statement... statements) {
        return new PolicyDocument("2012-10-17", List.of(statements));
    }

    /** A trust policy letting {@code servicePrincipal} assume the role. */
    public static PolicyDocument trust(String sid, String servicePrincipal) {
        return of(new Statement(sid, "Allow", Map.of("Service", servicePrincipal), List.of("sts:AssumeRole"), null, null));
    }

    /**
     * A trust policy letting {@code servicePrincipal} assume the role only when acting for
     * {@code sourceAccount}: the confused-deputy guard AWS recommends for service roles.
     */
    public static PolicyDocument trust(String sid, String servicePrincipal, String sourceAccount) {
        return of(new Statement(sid, "Allow", Map.of("Service", servicePrincipal), List.of("sts:AssumeRole"), null,
                Map.of("StringEquals", Map.of("aws:SourceAccount", sourceAccount))));
    }

    /** The document as IAM expects it. */
    public String toJson() {
        return GSON.toJson(this);
    }

    /** Parses a document, for tests and the synth report. */
    public static PolicyDocument fromJson(String json) {
        return GSON.fromJson(json, PolicyDocument.class);
    }

    /**
     * One statement. Null fields are omitted from the JSON.
     *
     * @param sid       what the statement is for
     * @param effect    {@code Allow} or {@code Deny}
     * @param principal for trust policies: {@code {"Service": "..."}}
     * @param action    the actions
     * @param resource  the resource ARNs
     * @param condition IAM condition block: operator to key to a value or a list of values
     */
    public record Statement(
            @SerializedName("Sid") String sid,
            @SerializedName("Effect") String effect,
            @SerializedName("Principal") Map<String, String> principal,
            @SerializedName("Action") List<String> action,
            @SerializedName("Resource") List<String> resource,
            @SerializedName("Condition") Map<String, Map<String, Object>> condition) {

        /** An {@code Allow} of {@code actions} on {@code resources}. */
        public static Statement allow(String sid, List<String> actions, List<String> resources) {
            return new Statement(sid, "Allow", null, List.copyOf(actions), List.copyOf(resources), null);
        }
    }
}
