package dev.noblame.incident;

import dev.noblame.common.Checks;
import java.time.Instant;

/** One line of the incident's timeline: when, what, and where the fact came from. */
public record TimelineEntry(IncidentId incident, Instant at, String text, String source, String author) {
    public static final int MAX_TEXT = 10_000;

    public TimelineEntry {
        Checks.start()
                .notNull(incident, "incident")
                .notNull(at, "at")
                .notBlank(text, "text")
                .maxLength(text, MAX_TEXT, "text")
                .orThrow();
        source = source == null || source.isBlank() ? "manual" : source.strip();
    }
}
