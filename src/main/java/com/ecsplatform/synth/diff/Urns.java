package com.ecsplatform.synth.diff;

/**
 * Reading Pulumi URNs: {@code urn:pulumi:<stack>::<project>::<qualified type>::<name>}, where the
 * qualified type is the parents' types and the resource's own, joined with {@code $}.
 */
final class Urns {

    /** The type of the resource that stands for the stack itself, the root of every graph. */
    static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private Urns() {
    }

    /** @return the logical name: the part after the last {@code ::} */
    static String name(String urn) {
        int separator = urn.lastIndexOf("::");
        return separator < 0 ? urn : urn.substring(separator + 2);
    }

    /** @return how many parent types the qualified type has: 0 for the stack, 1 for its children, ... */
    static int depth(String urn) {
        return (int) qualifiedType(urn).chars().filter(c -> c == '$').count();
    }

    /** @return whether the URN is that of the stack resource */
    static boolean isStack(String urn) {
        return qualifiedType(urn).equals(STACK_TYPE);
    }

    private static String qualifiedType(String urn) {
        String[] parts = urn.split("::", 4);
        return parts.length < 4 ? "" : parts[2];
    }
}
