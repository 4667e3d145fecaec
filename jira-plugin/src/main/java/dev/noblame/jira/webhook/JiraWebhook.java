package dev.noblame.jira.webhook;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.jira.client.JiraIssue;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code POST /api/v1/integrations/jira/webhook}, without the HTTP: the server's route passes
 * the raw body and the signature header and writes back the status and message. The signature
 * is checked before anything is parsed; a bad or missing one changes nothing.
 */
public final class JiraWebhook {

    public record Response(int status, String message, Optional<InboundChanges.Outcome> outcome) {
    }

    private final WebhookSignature signature;
    private final InboundChanges changes;
    private final Clock clock;

    public JiraWebhook(WebhookSignature signature, InboundChanges changes, Clock clock) {
        this.signature = signature;
        this.changes = changes;
        this.clock = clock;
    }

    public Response handle(byte[] rawBody, String signatureHeader) {
        if (!signature.verify(rawBody, signatureHeader)) {
            return new Response(401, "missing or bad X-Hub-Signature", Optional.empty());
        }
        JsonObject payload;
        try {
            JsonElement e = JsonParser.parseString(new String(rawBody, java.nio.charset.StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                return new Response(400, "body must be a JSON object", Optional.empty());
            }
            payload = e.getAsJsonObject();
        } catch (RuntimeException e) {
            return new Response(400, "body is not JSON: " + e.getMessage(), Optional.empty());
        }
        String event = payload.has("webhookEvent") ? payload.get("webhookEvent").getAsString() : "";
        if (!event.startsWith("jira:issue_") || !payload.has("issue") || !payload.get("issue").isJsonObject()) {
            return new Response(202, "ignored event '" + event + "'", Optional.empty());
        }
        if (event.equals("jira:issue_deleted")) {
            // NoBlame keeps the action; a deleted issue is recreated by the next sync of the action
            return new Response(202, "ignored deletion", Optional.empty());
        }
        JiraIssue issue = JiraIssue.from(payload.getAsJsonObject("issue"));
        Instant version = issue.updated().orElseGet(() -> payload.has("timestamp")
                ? Instant.ofEpochMilli(payload.get("timestamp").getAsLong()) : null);
        try {
            InboundChanges.Outcome outcome = changes.apply(issue, version, clock.instant());
            return new Response(200, outcome.detail(), Optional.of(outcome));
        } catch (dev.noblame.common.DomainException e) {
            return new Response(422, e.getMessage(), Optional.empty());
        }
    }
}
