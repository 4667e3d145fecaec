package dev.noblame.incident;

import dev.noblame.common.Checks;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.Transition;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident or a near-miss. Times may be unknown (null) until someone records them;
 * {@code startedAt} is always known because the report gives it (or the moment of reporting).
 * Free text fields (vendor, release) are optional and null when not given.
 */
public record Incident(
        IncidentId id,
        IncidentKind kind,
        String title,
        Severity severity,
        String service,
        String team,
        String environment,
        String vendor,
        String release,
        Instant startedAt,
        Instant detectedAt,
        Instant mitigatedAt,
        Instant resolvedAt,
        IncidentStatus status,
        Reporter reporter,
        Impact impact,
        IncidentLinks links,
        String dismissedReason) {

    public static final int MAX_TITLE = 300;

    public Incident {
        Objects.requireNonNull(id, "id");
        Checks.start()
                .notNull(kind, "kind")
                .notBlank(title, "title")
                .maxLength(title, MAX_TITLE, "title")
                .notNull(severity, "severity")
                .notBlank(service, "service")
                .notNull(startedAt, "startedAt")
                .notNull(status, "status")
                .require(detectedAt == null || startedAt == null || !detectedAt.isBefore(startedAt), "detectedAt", "is before startedAt")
                .require(mitigatedAt == null || startedAt == null || !mitigatedAt.isBefore(startedAt), "mitigatedAt", "is before startedAt")
                .require(resolvedAt == null || startedAt == null || !resolvedAt.isBefore(startedAt), "resolvedAt", "is before startedAt")
                .orThrow();
        title = title.strip();
        team = blankToNull(team);
        environment = environment == null || environment.isBlank() ? "production" : environment.strip();
        vendor = blankToNull(vendor);
        release = blankToNull(release);
        reporter = reporter == null ? Reporter.anonymous() : reporter;
        impact = impact == null ? Impact.NONE : impact;
        links = links == null ? IncidentLinks.NONE : links;
    }

    public boolean isNearMiss() {
        return kind == IncidentKind.NEAR_MISS;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public Optional<Duration> timeToDetect() {
        return detectedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, detectedAt));
    }

    public Optional<Duration> timeToMitigate() {
        return mitigatedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, mitigatedAt));
    }

    public Optional<Duration> timeToResolve() {
        return resolvedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, resolvedAt));
    }

    public String subject() {
        return id.toString();
    }

    // ---- lifecycle -------------------------------------------------------------------------

    public Transition<Incident> investigate(Instant at) {
        return move(IncidentStatus.INVESTIGATING, at, detectedAt == null ? at : detectedAt, mitigatedAt, resolvedAt, null);
    }

    public Transition<Incident> mitigate(Instant at) {
        return move(IncidentStatus.MITIGATED, at, detectedAt == null ? at : detectedAt, at, resolvedAt, null);
    }

    public Transition<Incident> resolve(Instant at) {
        Instant mitigated = mitigatedAt == null ? at : mitigatedAt;
        return move(IncidentStatus.RESOLVED, at, detectedAt == null ? at : detectedAt, mitigated, at, null);
    }

    public Transition<Incident> close(Instant at) {
        return move(IncidentStatus.CLOSED, at, detectedAt, mitigatedAt, resolvedAt, null);
    }

    /** Back to investigating: the fix did not hold. The earlier resolution time is cleared. */
    public Transition<Incident> reopen(Instant at) {
        return move(IncidentStatus.INVESTIGATING, at, detectedAt, status == IncidentStatus.RESOLVED ? null : mitigatedAt, null, null);
    }

    public Transition<Incident> dismiss(Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.field("reason", "is required to dismiss an incident");
        }
        return move(IncidentStatus.DISMISSED, at, detectedAt, mitigatedAt, resolvedAt, reason.strip());
    }

    /** Moves to the named status, for callers that receive the target as data (REST, webhooks). */
    public Transition<Incident> moveTo(IncidentStatus target, Instant at, String reason) {
        return switch (target) {
            case INVESTIGATING -> status == IncidentStatus.REPORTED ? investigate(at) : reopen(at);
            case MITIGATED -> mitigate(at);
            case RESOLVED -> resolve(at);
            case CLOSED -> close(at);
            case DISMISSED -> dismiss(at, reason);
            case REPORTED -> {
                IncidentStatus.TABLE.check(status, target);
                throw new IllegalStateException("unreachable");
            }
        };
    }

    private Transition<Incident> move(IncidentStatus to, Instant at, Instant detected, Instant mitigated, Instant resolved, String reason) {
        IncidentStatus.TABLE.check(status, to);
        Incident after = new Incident(id, kind, title, severity, service, team, environment, vendor, release,
                startedAt, clamp(detected), clamp(mitigated), clamp(resolved), to, reporter, impact, links, reason);
        return new Transition<>(after, DomainEvent.of("incident." + Wire.name(to), subject(), at,
                "from", Wire.name(status), "to", Wire.name(to), "reason", reason));
    }

    /** A time recorded before the start (clock skew between tools) is pinned to the start. */
    private Instant clamp(Instant t) {
        return t == null || !t.isBefore(startedAt) ? t : startedAt;
    }

    // ---- edits -----------------------------------------------------------------------------

    public Incident withSeverity(Severity s) {
        return new Incident(id, kind, title, s, service, team, environment, vendor, release, startedAt, detectedAt,
                mitigatedAt, resolvedAt, status, reporter, impact, links, dismissedReason);
    }

    public Incident withLinks(IncidentLinks l) {
        return new Incident(id, kind, title, severity, service, team, environment, vendor, release, startedAt, detectedAt,
                mitigatedAt, resolvedAt, status, reporter, impact, l, dismissedReason);
    }

    public Incident withImpact(Impact i) {
        return new Incident(id, kind, title, severity, service, team, environment, vendor, release, startedAt, detectedAt,
                mitigatedAt, resolvedAt, status, reporter, i, links, dismissedReason);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
