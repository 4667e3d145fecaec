package dev.noblame.language;

import java.util.Objects;

/**
 * One phrase the linter asks the author to reconsider. Line and column are 1-based; start and
 * end are 0-based character offsets into the text (end exclusive), so an editor can underline
 * {@code text.substring(start, end)}.
 */
public record Finding(
        int line,
        int column,
        int start,
        int end,
        String rule,
        String category,
        FindingSeverity severity,
        String message,
        String suggestion) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        if (line < 1 || column < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad position line=" + line + " column=" + column + " start=" + start + " end=" + end);
        }
    }

    public boolean isError() {
        return severity == FindingSeverity.ERROR;
    }
}
