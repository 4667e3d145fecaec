package dev.noblame.ports;

import com.google.gson.JsonObject;
import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where postmortems and their action items are tracked as issues (Jira). One issue per
 * postmortem, one per action item, linked. Both calls are upserts: calling again with the same
 * subject updates the one issue, so replays and retries never make duplicates.
 *
 * <p>Use cases do not call this directly: they {@link #enqueuePostmortem enqueue} a change in the
 * outbox, in the same transaction as the domain change, and the adapter's outbox handler calls
 * the tracker with the current state when it delivers.
 */
public interface IssueTracker {
    String TOPIC_POSTMORTEM = "jira.postmortem.upsert";
    String TOPIC_ACTION = "jira.action.upsert";
    String TOPIC_ACTION_SLA = "jira.action.sla";

    /** Creates or updates the postmortem's issue; returns its key. */
    String trackPostmortem(Incident incident, Postmortem postmortem);

    /** Creates or updates the action's issue, linked to its postmortem's issue; returns its key. */
    String trackAction(Incident incident, Postmortem postmortem, ActionItem action);

    /** Asks the tracker to bring the postmortem's issue up to date. Payload: {@code {"incident":"INC-1"}}. */
    static void enqueuePostmortem(Outbox outbox, Postmortem postmortem) {
        JsonObject payload = new JsonObject();
        payload.addProperty("incident", postmortem.incident().toString());
        outbox.enqueue(TOPIC_POSTMORTEM, postmortem.incident() + "@" + digest(postmortem.toString()), payload.toString());
    }

    /** Asks the tracker to bring the action's issue up to date. Payload: {@code {"action":"ACT-3"}}. */
    static void enqueueAction(Outbox outbox, ActionItem action) {
        JsonObject payload = new JsonObject();
        payload.addProperty("action", action.id().toString());
        payload.addProperty("incident", action.incident().toString());
        outbox.enqueue(TOPIC_ACTION, action.id() + "@" + digest(action.toString()), payload.toString());
    }

    /** The idempotency key names the state, so a later change is a new message and a repeat of one is not. */
    private static String digest(String state) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** For readers of the payloads. */
    static IncidentId incidentOf(JsonObject payload) {
        return IncidentId.parse(payload.get("incident").getAsString());
    }
}
