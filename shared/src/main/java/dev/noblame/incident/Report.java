package dev.noblame.incident;

import dev.noblame.common.Checks;
import java.time.Instant;

/**
 * The one-click intake: what happened, when, where. It becomes an incident or a near-miss.
 * Severity is the reporter's guess and defaults to SEV3 for incidents and SEV4 for near-misses.
 */
public record Report(
        IncidentKind kind,
        String whatHappened,
        Instant occurredAt,
        String service,
        Severity severity,
        String team,
        String environment,
        Reporter reporter,
        Impact impact) {

    public static final int MAX_TEXT = 20_000;

    public Report {
        Checks.start()
                .notNull(kind, "kind")
                .notBlank(whatHappened, "whatHappened")
                .maxLength(whatHappened, MAX_TEXT, "whatHappened")
                .notBlank(service, "service")
                .maxLength(service, 100, "service")
                .maxLength(team, 100, "team")
                .orThrow();
        reporter = reporter == null ? Reporter.anonymous() : reporter;
        impact = impact == null ? Impact.NONE : impact;
        if (severity == null) {
            severity = kind == IncidentKind.NEAR_MISS ? Severity.SEV4 : Severity.SEV3;
        }
    }

    /** Opens the incident this report describes. The title is the first line of the text, cut to fit. */
    public Incident toIncident(IncidentId id, Instant receivedAt) {
        Instant started = occurredAt == null || occurredAt.isAfter(receivedAt) ? receivedAt : occurredAt;
        IncidentStatus status = kind == IncidentKind.NEAR_MISS ? IncidentStatus.RESOLVED : IncidentStatus.REPORTED;
        Instant resolved = kind == IncidentKind.NEAR_MISS ? receivedAt : null;
        return new Incident(id, kind, titleOf(whatHappened), severity, service, team, environment, null, null,
                started, receivedAt, resolved, resolved, status, reporter, impact, IncidentLinks.NONE, null);
    }

    static String titleOf(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.length() <= 120 ? first : first.substring(0, 117).strip() + "...";
    }
}
