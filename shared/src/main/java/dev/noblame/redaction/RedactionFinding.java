package dev.noblame.redaction;

import java.util.Objects;

/**
 * One replacement: what kind of value was found (type), by which detector (rule), where it
 * stood in the original text (0-based offsets, end exclusive) and what replaced it. The
 * original value is deliberately not kept.
 */
public record RedactionFinding(String type, String rule, int start, int end, String replacement) {
    public RedactionFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
