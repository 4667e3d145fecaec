package dev.noblame.server.web.incident;

import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.incident.Incident;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.EvidenceStore;
import dev.noblame.ports.Postmortems;
import dev.noblame.sla.Deadline;
import dev.noblame.sla.PostmortemFacts;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The SLA clocks on the incident page: the postmortem draft and review deadlines of the policy
 * in force. When the postmortem was submitted and approved is read from the evidence chain,
 * which keeps every transition with its time.
 */
public final class IncidentClocks implements Function<Incident, List<ClockRow>> {
    private final Supplier<SlaEvaluator> evaluator;
    private final Postmortems postmortems;
    private final EvidenceStore evidence;
    private final Clock clock;

    public IncidentClocks(Supplier<SlaEvaluator> evaluator, Postmortems postmortems, EvidenceStore evidence, Clock clock) {
        this.evaluator = evaluator;
        this.postmortems = postmortems;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public List<ClockRow> apply(Incident incident) {
        SlaEvaluator sla = evaluator.get();
        if (!sla.policy().postmortemRequirement().decide(incident).isRequired()) {
            return List.of();
        }
        Postmortem p = postmortems.find(incident.id()).orElseGet(() -> Postmortem.start(incident.id(), incident.startedAt()));
        Instant now = clock.instant();
        PostmortemFacts facts = PostmortemFacts.of(incident, p, first(incident, "postmortem.in_review"), first(incident, "postmortem.approved"));
        List<ClockRow> rows = new ArrayList<>();
        sla.evaluate(facts, now).ifPresent(clocks -> {
            rows.add(row("Postmortem draft due", clocks.draft(), "counted from resolution"));
            rows.add(row("Review meeting due", clocks.review(), "for " + incident.severity().name()));
        });
        return rows;
    }

    private static ClockRow row(String name, Deadline d, String note) {
        return new ClockRow(name, d.due(), state(d.state()), note);
    }

    static String state(SlaState s) {
        return switch (s) {
            case ON_TRACK -> "on_track";
            case DUE_SOON -> "due_soon";
            case BREACHED -> "breached";
            case MET -> "met";
            case MET_LATE -> "met_late";
            case WAIVED -> "waived";
        };
    }

    private Instant first(Incident incident, String type) {
        Optional<EvidenceEntry> hit = evidence.ofSubject(incident.id().toString(), 0, ChainBadge.LIMIT).stream()
                .filter(e -> e.type().equals(type)).findFirst();
        return hit.map(EvidenceEntry::occurredAt).orElse(null);
    }
}
