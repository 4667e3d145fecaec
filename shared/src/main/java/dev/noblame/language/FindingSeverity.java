package dev.noblame.language;

import dev.noblame.common.Wire;

/** How strongly a finding asks for a rewrite. {@code error} fails {@code noblame lint}. */
public enum FindingSeverity {
    ERROR, WARNING, INFO;

    public String wire() {
        return Wire.name(this);
    }

    public static FindingSeverity parse(String text) {
        return Wire.parse(FindingSeverity.class, text, "severity");
    }
}
