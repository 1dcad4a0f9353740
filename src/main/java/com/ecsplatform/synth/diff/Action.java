package com.ecsplatform.synth.diff;

/** What a deploy does to one resource, as Pulumi's preview names it. */
public enum Action {
    /** Replaced: a new resource is created (new id, ARN, often name) and the old one deleted. */
    REPLACE("±", "replace"),
    /** Deleted. */
    DELETE("-", "delete"),
    /** Created. */
    CREATE("+", "create"),
    /** Updated in place: same resource, same id. */
    UPDATE("~", "update");

    private final String symbol;
    private final String word;

    Action(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    /** @return the diff marker: {@code ±}, {@code -}, {@code +}, {@code ~} */
    public String symbol() {
        return symbol;
    }

    /** @return e.g. {@code replace} */
    public String word() {
        return word;
    }

    /** @return e.g. {@code replaced} */
    public String pastTense() {
        return word.endsWith("e") ? word + "d" : word + "ed";
    }
}
