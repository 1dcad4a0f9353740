package com.ecsplatform.synth;

/**
 * How the offline synth writes values that only exist at deploy time, so a reader can tell them
 * from literal inputs:
 * <ul>
 *   <li>{@code ${<logical name>.<output>}}: an output of another resource in this stack (its id, arn...);</li>
 *   <li>{@code ${lookup:<what>}}: the answer of a data-source call AWS makes during {@code pulumi up};</li>
 *   <li>{@code [secret]}: a secret value, never written.</li>
 * </ul>
 */
public final class Placeholders {

    /** What a secret value is written as. */
    public static final String SECRET = "[secret]";

    private Placeholders() {
    }

    /** The value of output {@code output} of resource {@code logicalName}. */
    public static String output(String logicalName, String output) {
        return "${" + logicalName + "." + output + "}";
    }

    /** The answer of a deploy-time lookup. */
    public static String lookup(String what) {
        return "${lookup:" + what + "}";
    }
}
