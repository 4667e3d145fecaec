package dev.noblame.confluence.markup;

import java.util.Locale;

/** The XHTML elements NoBlame writes: the part of the storage-format subset it needs, nothing a value can name. */
public enum Tag {
    P, H1, H2, H3, TABLE, THEAD, TBODY, TR, TH, TD, UL, OL, LI, STRONG, EM, CODE, BR;

    private final String name = name().toLowerCase(Locale.ROOT);

    public String html() {
        return name;
    }
}
