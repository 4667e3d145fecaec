package dev.noblame.jira.sync;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.jira.client.JiraCallException;
import dev.noblame.jira.sla.Notice;
import dev.noblame.jira.sla.SlaNotices;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.Actions;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.Postmortems;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers the Jira topics of the outbox. Payloads name a subject only; the current state is
 * read when delivering, so a late or repeated message writes today's values, never stale ones.
 * Failures become deliveries the worker understands: throttling, server errors and timeouts
 * retry (with Jira's own delay when it gave one), credentials and permissions retry slowly (an
 * admin fix heals them), a bad request or an unknown item is rejected to the dead letters.
 */
public final class JiraOutboxHandler implements OutboxHandler {
    static final Duration CONFIGURATION_RETRY = Duration.ofMinutes(15);

    private final IssueTracker tracker;
    private final SlaNotices notices;
    private final Incidents incidents;
    private final Postmortems postmortems;
    private final Actions actions;

    public JiraOutboxHandler(IssueTracker tracker, SlaNotices notices, Incidents incidents, Postmortems postmortems, Actions actions) {
        this.tracker = tracker;
        this.notices = notices;
        this.incidents = incidents;
        this.postmortems = postmortems;
        this.actions = actions;
    }

    @Override
    public Set<String> topics() {
        return Set.of(IssueTracker.TOPIC_POSTMORTEM, IssueTracker.TOPIC_ACTION, IssueTracker.TOPIC_ACTION_SLA);
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        try {
            JsonObject payload = JsonParser.parseString(message.payload()).getAsJsonObject();
            return switch (message.topic()) {
                case IssueTracker.TOPIC_POSTMORTEM -> postmortem(IssueTracker.incidentOf(payload));
                case IssueTracker.TOPIC_ACTION -> action(ActionId.parse(payload.get("action").getAsString()));
                case IssueTracker.TOPIC_ACTION_SLA -> Delivery.delivered(notices.deliver(Notice.from(payload)));
                default -> Delivery.rejected("not a Jira topic: " + message.topic());
            };
        } catch (JiraCallException e) {
            return switch (e.kind()) {
                case THROTTLED, UNAVAILABLE, SERVER_ERROR, TRANSPORT -> new Delivery.Retry(e.getMessage(), e.retryAfter());
                case CREDENTIALS, PERMISSION -> new Delivery.Retry(e.getMessage(), CONFIGURATION_RETRY);
                case NOT_FOUND, BAD_REQUEST, CONFLICT -> Delivery.rejected(e.getMessage());
            };
        } catch (IllegalStateException e) {
            // not provisioned yet, or an action whose issue is still being created: later may work
            return new Delivery.Retry(e.getMessage(), CONFIGURATION_RETRY);
        } catch (ValidationException | IllegalArgumentException | NullPointerException | UnsupportedOperationException e) {
            return Delivery.rejected("malformed " + message.topic() + " payload: " + e.getMessage());
        }
    }

    private Delivery postmortem(IncidentId id) {
        Optional<Incident> incident = incidents.find(id);
        Optional<Postmortem> postmortem = postmortems.find(id);
        if (incident.isEmpty() || postmortem.isEmpty()) {
            return Delivery.rejected("NoBlame has no postmortem of " + id);
        }
        return Delivery.delivered(tracker.trackPostmortem(incident.get(), postmortem.get()));
    }

    private Delivery action(ActionId id) {
        Optional<ActionItem> action = actions.find(id);
        if (action.isEmpty()) {
            return Delivery.rejected("NoBlame has no action " + id);
        }
        Optional<Incident> incident = incidents.find(action.get().incident());
        Optional<Postmortem> postmortem = postmortems.find(action.get().incident());
        if (incident.isEmpty() || postmortem.isEmpty()) {
            return Delivery.rejected("NoBlame has no postmortem of " + action.get().incident() + " for " + id);
        }
        return Delivery.delivered(tracker.trackAction(incident.get(), postmortem.get(), action.get()));
    }
}
