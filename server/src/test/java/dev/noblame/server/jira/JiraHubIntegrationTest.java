package dev.noblame.server.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.common.DomainEvent;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import dev.noblame.jira.webhook.WebhookSignature;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.server.AppContext;
import dev.noblame.server.support.RunningHub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jira integration inside a running hub: webhook route, outbox messages on domain events, status. */
class JiraHubIntegrationTest {
    @TempDir
    Path dir;
    RunningHub hub;

    @BeforeEach
    void start() {
        hub = RunningHub.start(dir, SETTINGS);
    }

    static final Map<String, String> SETTINGS = Map.of(
                "jira.url", "http://127.0.0.1:9", // nothing listens: these tests must not need Jira
                "jira.deployment", "datacenter",
                "jira.pat", "pat",
                "jira.project", "OPS",
                "jira.webhook_secret", "s3cret",
                "scheduler.enabled", "false");

    @AfterEach
    void stop() {
        hub.close();
    }

    private ActionItem anAction() {
        AppContext app = hub.hub.app();
        Instant now = app.clock().instant();
        return app.tx().inTransaction(() -> {
            Incident incident = new Incident(IncidentId.of(1), IncidentKind.INCIDENT, "Checkout 502s", Severity.SEV2, "checkout", null,
                    null, null, null, now.minus(Duration.ofDays(3)), null, null, null, IncidentStatus.RESOLVED, null, null, null, null);
            app.incidents().save(incident);
            app.postmortems().save(Postmortem.start(incident.id(), now));
            ActionItem action = ActionItem.open(ActionId.of(1), incident.id(), "Add a canary stage", "platform", LocalDate.now().plusDays(30),
                    "Bad builds stop at 5%", ActionClass.PREVENT, ActionPriority.PRIORITY, now);
            app.actions().save(action);
            app.recorder().record(DomainEvent.of("action.opened", action.subject(), now), "test");
            return action;
        });
    }

    private HttpResponse<String> postWebhook(byte[] body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + hub.hub.port() + "/api/v1/integrations/jira/webhook"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json");
        if (signature != null) {
            b.header("X-Hub-Signature", signature);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] inProgress(String key, String updated) {
        JsonObject status = new JsonObject();
        status.addProperty("name", "In Progress");
        JsonObject cat = new JsonObject();
        cat.addProperty("key", "indeterminate");
        status.add("statusCategory", cat);
        JsonObject fields = new JsonObject();
        fields.add("status", status);
        JsonArray labels = new JsonArray();
        labels.add("noblame-ACT-1");
        fields.add("labels", labels);
        fields.addProperty("updated", updated);
        JsonObject issue = new JsonObject();
        issue.addProperty("key", key);
        issue.add("fields", fields);
        JsonObject payload = new JsonObject();
        payload.addProperty("webhookEvent", "jira:issue_updated");
        payload.add("issue", issue);
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_new_action_puts_its_jira_upsert_in_the_outbox_with_the_change() {
        anAction();
        List<String> topics = hub.hub.app().tx().withHandle(h -> h.createQuery("SELECT topic FROM outbox").mapTo(String.class).list());
        assertThat(topics).contains("jira.action.upsert");
    }

    @Test
    void a_signed_webhook_moves_the_action_and_a_bad_signature_gets_401_and_changes_nothing() throws Exception {
        anAction();
        byte[] body = inProgress("OPS-2", "2026-03-02T10:00:00.000+0000");

        HttpResponse<String> unsigned = postWebhook(body, null);
        HttpResponse<String> forged = postWebhook(body, new WebhookSignature("guess").sign(body));
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        JsonObject error = com.google.gson.JsonParser.parseString(forged.body()).getAsJsonObject();
        assertThat(error.keySet()).as("the API's error shape").contains("error", "message", "fields");
        assertThat(hub.hub.app().actions().find(ActionId.of(1)).orElseThrow().state()).isEqualTo(ActionState.OPEN);

        HttpResponse<String> signed = postWebhook(body, new WebhookSignature("s3cret").sign(body));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).contains("\"outcome\":\"applied\"");
        assertThat(hub.hub.app().actions().find(ActionId.of(1)).orElseThrow().state()).isEqualTo(ActionState.IN_PROGRESS);

        HttpResponse<String> again = postWebhook(body, new WebhookSignature("s3cret").sign(body));
        assertThat(again.body()).contains("\"outcome\":\"unchanged\"");
    }

    @Test
    void a_webhook_replayed_after_a_restart_is_still_recognised_as_a_duplicate() throws Exception {
        anAction();
        byte[] body = inProgress("OPS-2", "2026-03-02T10:00:00.000+0000");
        String sig = new WebhookSignature("s3cret").sign(body);
        assertThat(postWebhook(body, sig).body()).contains("\"outcome\":\"applied\"");

        hub.close();
        hub = RunningHub.start(dir, SETTINGS);

        assertThat(postWebhook(body, sig).body()).contains("\"outcome\":\"unchanged\"").contains("duplicate or out of order");
    }

    @Test
    void the_status_names_site_project_and_webhook() {
        JiraHubIntegration jira = (JiraHubIntegration) hub.hub.integrations().all().stream()
                .filter(i -> i.name().equals("jira")).findFirst().orElseThrow();
        assertThat(jira.status().configured()).isTrue();
        assertThat(jira.status().detail()).contains("datacenter").contains("OPS").contains("webhook on");
    }
}
