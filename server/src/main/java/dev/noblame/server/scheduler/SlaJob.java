package dev.noblame.server.scheduler;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.server.AppContext;
import dev.noblame.sla.PostmortemFacts;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts action items and postmortems against the SLA policy and sends what has fallen due:
 * reminders, escalations and effectiveness checks. Each notice is recorded once (by its stable
 * key) together with its evidence entry and a line on the incident's timeline, in one
 * transaction; integrations hear of it through their event listener and enqueue their own
 * messages (a Jira comment, a chat post) in that same transaction. A run that fails part way
 * leaves the rest for the next run.
 */
public final class SlaJob implements Runnable {
    private final AppContext app;

    public SlaJob(AppContext app) {
        this.app = app;
    }

    @Override
    public void run() {
        evaluate(app.clock().instant());
    }

    /** Sends what is due at {@code now}; returns how many notices went out. */
    public int evaluate(Instant now) {
        SlaEvaluator evaluator = new SlaEvaluator(app.slaPolicy());
        Set<String> sent = sentKeys();
        Map<IncidentId, Incident> incidents = new HashMap<>();
        for (Incident i : app.incidentStore().all()) {
            incidents.put(i.id(), i);
        }
        List<SlaEvent> due = new ArrayList<>();
        List<ActionItem> open = app.actions().all().stream().filter(a -> incidents.containsKey(a.incident())).toList();
        due.addAll(evaluator.eventsDueAll(open, id -> incidents.get(id).service(), now, sent::contains));
        Map<String, Instant> reviewTimes = firstTimes();
        Map<IncidentId, Postmortem> postmortems = new HashMap<>();
        app.postmortems().all().forEach(p -> postmortems.put(p.incident(), p));
        var requirement = app.slaPolicy().postmortemRequirement();
        for (Incident incident : incidents.values()) {
            if (incident.resolvedAt() == null) {
                continue;
            }
            Postmortem p = postmortems.get(incident.id());
            if (p == null) {
                if (!requirement.decide(incident).isRequired()) {
                    continue;
                }
                p = Postmortem.start(incident.id(), incident.resolvedAt());
            }
            String subject = incident.id().toString();
            PostmortemFacts facts = PostmortemFacts.of(incident, p, reviewTimes.get(subject + "|postmortem.in_review"),
                    reviewTimes.get(subject + "|postmortem.approved"));
            due.addAll(evaluator.eventsDue(facts, now, sent::contains));
        }
        int count = 0;
        for (SlaEvent event : due) {
            if (send(event, now)) {
                count++;
            }
        }
        return count;
    }

    private boolean send(SlaEvent event, Instant now) {
        return app.tx().inTransaction(() -> {
            boolean fresh = app.tx().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sla_notices WHERE notice_key = :key")
                    .bind("key", event.key()).mapTo(Long.class).one()) == 0;
            if (!fresh) {
                return false;
            }
            app.tx().withHandle(h -> h.createUpdate("INSERT INTO sla_notices (notice_key, incident_id, sent_at) VALUES (:key, :incident, :at)")
                    .bind("key", event.key()).bind("incident", event.incident().number())
                    .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).execute());
            app.recorder().record(event.toDomainEvent(), null);
            TimelineEntry line = new TimelineEntry(event.incident(), now, describe(event), "sla", null);
            app.timeline().append(line);
            app.recorder().record(line);
            return true;
        });
    }

    static String describe(SlaEvent e) {
        String what = e.action() != null ? "Action " + e.action() : "The postmortem " + e.deadline().name().toLowerCase(java.util.Locale.ROOT);
        String who = e.recipient() == null ? "" : " (to " + e.recipient() + ")";
        return switch (e.type()) {
            case REMINDER -> "Reminder: " + what + " is due " + e.due() + who + ".";
            case ESCALATION -> "Escalation: " + what + " was due " + e.due() + " and is not done" + who + ".";
            default -> "Check: " + what + " was completed; is it effective?" + who;
        };
    }

    private Set<String> sentKeys() {
        return new HashSet<>(app.tx().withHandle(h -> h.createQuery("SELECT notice_key FROM sla_notices").mapTo(String.class).list()));
    }

    /** When each postmortem first went to review and was first approved, from the evidence chain. */
    private Map<String, Instant> firstTimes() {
        Map<String, Instant> out = new HashMap<>();
        app.tx().withHandle(h -> h.createQuery("SELECT subject, type, MIN(occurred_at) AS first_at FROM evidence_entry "
                        + "WHERE type IN ('postmortem.in_review', 'postmortem.approved') GROUP BY subject, type")
                .map((rs, ctx) -> {
                    out.put(rs.getString("subject") + "|" + rs.getString("type"),
                            rs.getObject("first_at", OffsetDateTime.class).toInstant());
                    return null;
                }).list());
        return out;
    }

}
