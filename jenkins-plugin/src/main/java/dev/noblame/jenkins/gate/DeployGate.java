package dev.noblame.jenkins.gate;

import dev.noblame.common.Checks;
import dev.noblame.common.DomainEvent;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.ports.Incidents;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Whether a deploy may go ahead. A production deploy of a service is denied while the service
 * has an open SEV1/SEV2 incident, or more breached priority actions than the policy allows;
 * anything else is allowed. A denied deploy may go ahead with an override reason, which is
 * recorded on the evidence chain as {@code gate.overridden} before the answer is given.
 */
public final class DeployGate {
    public static final int MAX_REASON = 1000;
    private static final List<IncidentStatus> OPEN = List.of(IncidentStatus.REPORTED, IncidentStatus.INVESTIGATING,
            IncidentStatus.MITIGATED);

    private final Incidents incidents;
    private final BreachedPriorityActions breached;
    private final ToIntFunction<String> limitOf;
    private final GateEvidence evidence;
    private final Clock clock;

    /** One limit for every service. */
    public DeployGate(Incidents incidents, BreachedPriorityActions breached, int maxBreachedPriorityActions,
                      GateEvidence evidence, Clock clock) {
        this(incidents, breached, service -> maxBreachedPriorityActions, evidence, clock);
        if (maxBreachedPriorityActions < 0) {
            throw new IllegalArgumentException("maxBreachedPriorityActions must not be negative");
        }
    }

    /** A limit per service, as the SLA policy sets it ({@code SlaPolicy::breachedPriorityActionLimit}). */
    public DeployGate(Incidents incidents, BreachedPriorityActions breached, ToIntFunction<String> limitOf,
                      GateEvidence evidence, Clock clock) {
        this.incidents = incidents;
        this.breached = breached;
        this.limitOf = limitOf;
        this.evidence = evidence;
        this.clock = clock;
    }

    public GateDecision decide(GateQuery q) {
        if (!q.isProduction()) {
            return new GateDecision(true, List.of("not a production deploy: " + q.environment() + " is not gated"), false);
        }
        List<String> denials = new ArrayList<>();
        for (Incident i : openMajorIncidents(q.service())) {
            denials.add("open " + i.severity() + " incident " + i.id() + " on " + q.service() + ": " + i.title());
        }
        int overdue = breached.count(q.service(), clock.instant());
        int limit = limitOf.applyAsInt(q.service());
        if (overdue > limit) {
            denials.add(overdue + " priority action(s) of " + q.service() + " past their SLA (the policy allows " + limit + ")");
        }
        if (denials.isEmpty()) {
            return new GateDecision(true, List.of("no open SEV1/SEV2 incident and no priority action past the limit"), false);
        }
        return new GateDecision(false, denials, false);
    }

    /**
     * Decides, and when denied lets the deploy go ahead anyway because {@code reason} says why;
     * the override is recorded first, with the reasons it overrode. {@code actor} is who asked
     * (a Jenkins name and user); {@code buildUrl} may be null.
     */
    public GateDecision override(GateQuery q, String reason, String actor, String buildUrl) {
        Checks.start().notBlank(reason, "reason").maxLength(reason, MAX_REASON, "reason")
                .notBlank(actor, "actor").maxLength(actor, 200, "actor").orThrow();
        GateDecision decision = decide(q);
        if (decision.allowed()) {
            return decision;
        }
        Instant now = clock.instant();
        evidence.record(DomainEvent.of("gate.overridden", "service:" + q.service(), now,
                "service", q.service(), "environment", q.environment(), "reason", reason.strip(),
                "denied_because", String.join(" | ", decision.reasons()), "build", buildUrl, "by", actor), actor);
        List<String> reasons = new ArrayList<>();
        reasons.add("overridden: " + reason.strip());
        reasons.addAll(decision.reasons());
        return new GateDecision(true, reasons, true);
    }

    private List<Incident> openMajorIncidents(String service) {
        List<Incident> out = new ArrayList<>();
        for (IncidentStatus status : OPEN) {
            for (var severity : List.of(dev.noblame.incident.Severity.SEV1, dev.noblame.incident.Severity.SEV2)) {
                out.addAll(incidents.list(new IncidentQuery(service, null, severity, dev.noblame.incident.IncidentKind.INCIDENT, status, null, null, 0,
                        IncidentQuery.MAX_LIMIT)));
            }
        }
        out.sort(Comparator.comparing(Incident::severity).thenComparing(Incident::startedAt));
        return out;
    }
}
