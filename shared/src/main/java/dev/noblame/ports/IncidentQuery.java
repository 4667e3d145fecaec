package dev.noblame.ports;

import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import java.time.Instant;

/** Filters for listing incidents; null means "any". {@code from}/{@code to} bound startedAt. */
public record IncidentQuery(String service, String team, Severity severity, IncidentKind kind, IncidentStatus status,
                            Instant from, Instant to, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public IncidentQuery {
        if (offset < 0) {
            throw dev.noblame.common.ValidationException.field("offset", "must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw dev.noblame.common.ValidationException.field("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, null, null, 0, MAX_LIMIT);
    }

    public IncidentQuery page(int newOffset, int newLimit) {
        return new IncidentQuery(service, team, severity, kind, status, from, to, newOffset, newLimit);
    }
}
