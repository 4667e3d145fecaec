package dev.noblame.evidence;

import dev.noblame.common.Checks;
import dev.noblame.common.DomainEvent;
import dev.noblame.incident.TimelineEntry;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fact about to be appended to the evidence log: what happened ({@code type}), to what
 * ({@code subject}: {@code INC-12}, {@code INC-12/ACT-3}), when, by whom and with which details.
 * {@code actor} is null when nobody may be named (anonymous reports store no identity).
 * Text is normalised and time truncated to what the chain can keep ({@link CanonicalJson}).
 */
public record EvidenceDraft(String subject, String type, Instant occurredAt, String actor, Map<String, String> data) {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TYPE = 100;
    public static final int MAX_ACTOR = 200;

    public EvidenceDraft {
        Checks.start()
                .notBlank(subject, "subject")
                .maxLength(subject, MAX_SUBJECT, "subject")
                .notBlank(type, "type")
                .maxLength(type, MAX_TYPE, "type")
                .notNull(occurredAt, "occurredAt")
                .require(actor == null || !actor.isBlank(), "actor", "is blank (leave it out when nobody is named)")
                .maxLength(actor, MAX_ACTOR, "actor")
                .require(data == null || data.entrySet().stream().allMatch(e -> e.getKey() != null && e.getValue() != null),
                        "data", "has a null key or value")
                .orThrow();
        subject = CanonicalJson.text(subject);
        type = CanonicalJson.text(type);
        occurredAt = CanonicalJson.instant(occurredAt);
        actor = CanonicalJson.text(actor);
        data = normalised(data);
    }

    /** An aggregate's event; {@code actor} is who caused it, or null when anonymous. */
    public static EvidenceDraft of(DomainEvent event, String actor) {
        return new EvidenceDraft(event.subject(), event.type(), event.at(), actor, event.data());
    }

    /** A timeline line: its author is the actor, its text and source the data. */
    public static EvidenceDraft of(TimelineEntry entry) {
        return new EvidenceDraft(entry.incident().toString(), "timeline.entry", entry.at(), blankToNull(entry.author()),
                Map.of("text", entry.text(), "source", entry.source()));
    }

    static Map<String, String> normalised(Map<String, String> data) {
        TreeMap<String, String> sorted = new TreeMap<>();
        if (data != null) {
            data.forEach((k, v) -> sorted.put(CanonicalJson.text(k), CanonicalJson.text(v)));
        }
        return Collections.unmodifiableMap(sorted);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
