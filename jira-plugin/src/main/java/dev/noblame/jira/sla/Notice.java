package dev.noblame.jira.sla;

import com.google.gson.JsonObject;
import dev.noblame.action.ActionId;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.Outbox;
import java.util.Locale;

/**
 * A one-time SLA message on an action's issue. Each kind leaves a label on the issue, which is
 * how a repeat (a replay, the next round) knows it was already said.
 */
public record Notice(ActionId action, Kind kind, String detail, String service) {

    public enum Kind {
        REMIND("sla-reminded"), BREACH("sla-breached"), VERIFY("verify-requested"), NOT_EFFECTIVE("not-effective");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public void enqueue(Outbox outbox) {
        JsonObject payload = new JsonObject();
        payload.addProperty("action", action.toString());
        payload.addProperty("notice", kind.name().toLowerCase(Locale.ROOT));
        payload.addProperty("detail", detail);
        payload.addProperty("service", service);
        outbox.enqueue(IssueTracker.TOPIC_ACTION_SLA, action + ":" + kind.label() + ":" + detail, payload.toString());
    }

    public static Notice from(JsonObject payload) {
        return new Notice(ActionId.parse(payload.get("action").getAsString()),
                Kind.valueOf(payload.get("notice").getAsString().toUpperCase(Locale.ROOT)),
                payload.has("detail") ? payload.get("detail").getAsString() : "",
                payload.has("service") && !payload.get("service").isJsonNull() ? payload.get("service").getAsString() : null);
    }
}
