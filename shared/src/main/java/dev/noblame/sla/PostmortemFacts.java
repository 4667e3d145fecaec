package dev.noblame.sla;

import dev.noblame.common.Checks;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import java.time.Instant;

/**
 * What the SLA clocks of a postmortem need. The postmortem record keeps no per-transition times,
 * so the caller supplies them from the postmortem's events: {@code submittedAt} is the first
 * {@code postmortem.in_review}, {@code approvedAt} the first {@code postmortem.approved}. Both are
 * null while they have not happened. {@code resolvedAt} null means the clocks have not started.
 *
 * @param owner who the draft belongs to (first author or incident lead), for reminders; may be null
 */
public record PostmortemFacts(IncidentId incident, Severity severity, String service, Instant resolvedAt,
                              PostmortemStatus status, Instant submittedAt, Instant approvedAt, String owner) {
    public PostmortemFacts {
        Checks.start().notNull(incident, "incident").notNull(severity, "severity").notNull(status, "status").orThrow();
    }

    public static PostmortemFacts of(Incident incident, Postmortem postmortem, Instant submittedAt, Instant approvedAt) {
        String owner = postmortem.authors().isEmpty() ? null : postmortem.authors().iterator().next();
        return new PostmortemFacts(incident.id(), incident.severity(), incident.service(), incident.resolvedAt(),
                postmortem.status(), submittedAt, approvedAt, owner);
    }
}
