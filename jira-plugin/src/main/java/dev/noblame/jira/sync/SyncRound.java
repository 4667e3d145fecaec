package dev.noblame.jira.sync;

import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.jira.JiraSettings;
import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.client.JiraIssue;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.jira.sla.IssueSla;
import dev.noblame.jira.sla.Notice;
import dev.noblame.jira.sla.SlaRules;
import dev.noblame.jira.webhook.InboundChanges;
import dev.noblame.ports.Actions;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One round of reconciliation and SLA evaluation. It pages through every NoBlame action issue
 * in the project (catching webhooks that never arrived), applies what changed in Jira, then
 * decides what Jira needs: fields brought current, a reminder, a breach notice, a request to
 * verify, a not-effective flag. It only reads from Jira; every write is put in the outbox, so
 * an interrupted round loses nothing and the next one carries the rest forward.
 */
public final class SyncRound {

    public record Report(long issues, long applied, long upserts, long notices, long missing, long requests, Duration took) {
        public String render() {
            return "jira sync: " + issues + " action issues read, " + applied + " changes applied from Jira, " + upserts
                    + " issue updates and " + notices + " SLA notices queued, " + missing + " actions without an issue queued, "
                    + requests + " requests, " + took.toMillis() + " ms";
        }
    }

    private final JiraClient client;
    private final JiraSettings settings;
    private final JiraFields fields;
    private final Actions actions;
    private final Incidents incidents;
    private final Outbox outbox;
    private final InboundChanges inbound;
    private final SlaRules sla;
    private final RepeatIncidents repeats;
    private final Clock clock;

    public SyncRound(JiraClient client, JiraSettings settings, JiraFields fields, Actions actions, Incidents incidents,
                     Outbox outbox, InboundChanges inbound, SlaRules sla, RepeatIncidents repeats, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.fields = fields;
        this.actions = actions;
        this.incidents = incidents;
        this.outbox = outbox;
        this.inbound = inbound;
        this.sla = sla;
        this.repeats = repeats;
        this.clock = clock;
    }

    public Report run() {
        Instant start = clock.instant();
        long requestsBefore = client.http().requestCount();
        LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        String slaStateField = fields.id(Catalogue.SLA_STATE);
        String verifiedField = fields.id(Catalogue.VERIFIED_EFFECTIVE);
        Set<ActionId> seen = new HashSet<>();
        long[] counts = new long[4];
        RepeatIncidents.Index repeatIndex = repeats.index();
        client.search("project = \"" + settings.project() + "\" AND labels = \"noblame-action\" ORDER BY key ASC",
                List.of("labels", "status", "resolution", "updated", "duedate", slaStateField, verifiedField), issue -> {
                    counts[0]++;
                    Optional<ActionId> id = InboundChanges.actionOf(issue);
                    if (id.isEmpty() || !seen.add(id.get())) {
                        return;
                    }
                    if (inbound.apply(issue, issue.updated().orElse(null), clock.instant()).changed()) {
                        counts[1]++;
                    }
                    actions.find(id.get()).ifPresent(action -> evaluate(issue, action, today, slaStateField, repeatIndex, counts));
                });
        long missing = 0;
        for (ActionItem action : actions.all()) {
            if (!seen.contains(action.id()) && action.state() != ActionState.WONT_DO) {
                IssueTracker.enqueueAction(outbox, action);
                missing++;
            }
        }
        return new Report(counts[0], counts[1], counts[2], counts[3], missing, client.http().requestCount() - requestsBefore,
                Duration.between(start, clock.instant()));
    }

    private void evaluate(JiraIssue issue, ActionItem action, LocalDate today, String slaStateField,
                          RepeatIncidents.Index repeatIndex, long[] counts) {
        Optional<Incident> incident = incidents.find(action.incident());
        if (incident.isEmpty()) {
            return;
        }
        IssueSla s = sla.evaluate(action, incident.get(), clock.instant());
        boolean stale = !issue.date("duedate").equals(Optional.of(s.due()))
                || !issue.text(slaStateField).equals(Optional.of(Wire.name(s.state())));
        if (stale) {
            IssueTracker.enqueueAction(outbox, action);
            counts[2]++;
        }
        List<String> labels = issue.labels();
        String service = incident.get().service();
        for (Notice.Kind kind : sla.noticesDue(action, incident.get(), clock.instant())) {
            if (!labels.contains(kind.label())) {
                String detail = kind == Notice.Kind.VERIFY && action.completedAt() != null
                        ? LocalDate.ofInstant(action.completedAt(), ZoneOffset.UTC).toString() : s.due().toString();
                notice(new Notice(action.id(), kind, detail, service), counts);
            }
        }
        if (action.state().isCompleted() && !labels.contains(Notice.Kind.NOT_EFFECTIVE.label())) {
            repeatIndex.repeatAfter(action).ifPresent(repeat ->
                    notice(new Notice(action.id(), Notice.Kind.NOT_EFFECTIVE, repeat.toString(), service), counts));
        }
    }

    private void notice(Notice n, long[] counts) {
        n.enqueue(outbox);
        counts[3]++;
    }
}
