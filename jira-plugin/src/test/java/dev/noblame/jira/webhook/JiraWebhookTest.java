package dev.noblame.jira.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.incident.Incident;
import dev.noblame.incident.Severity;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.fake.JiraTestbed;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JiraWebhookTest {

    static Stream<JiraTestbed> deployments() {
        return Stream.of(JiraTestbed.cloud(), JiraTestbed.dataCenter());
    }

    /** An action synced to Jira as OPS-2, and the webhook of a fresh integration. */
    private static ActionItem synced(JiraTestbed bed) {
        bed.provisioned();
        Incident incident = bed.incident(1, Severity.SEV2);
        ActionItem action = bed.action(3, incident, LocalDate.parse("2026-03-20"));
        IssueTracker.enqueueAction(bed.outbox, action);
        JiraIntegration jira = bed.integration();
        for (OutboxMessage m : bed.outbox.drain()) {
            jira.outboxHandler().deliver(m);
        }
        return action;
    }

    private static byte[] payload(JsonObject issue) {
        JsonObject p = new JsonObject();
        p.addProperty("webhookEvent", "jira:issue_updated");
        p.addProperty("timestamp", 1767000000000L);
        p.add("issue", issue);
        return p.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JiraWebhook.Response deliver(JiraTestbed bed, byte[] body) {
        JiraWebhook webhook = bed.integration().webhook().orElseThrow();
        return webhook.handle(body, new WebhookSignature("s3cret").sign(body));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void a_missing_or_wrong_signature_gets_401_and_changes_nothing(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            byte[] body = payload(bed.jira.transition("OPS-2", "Done", "done", "Done"));
            JiraWebhook webhook = bed.integration().webhook().orElseThrow();

            assertThat(webhook.handle(body, null).status()).isEqualTo(401);
            assertThat(webhook.handle(body, "sha256=" + "0".repeat(64)).status()).isEqualTo(401);
            assertThat(webhook.handle(body, new WebhookSignature("other").sign(body)).status()).isEqualTo(401);
            byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Done", "Dome").getBytes(StandardCharsets.UTF_8);
            assertThat(webhook.handle(tampered, new WebhookSignature("s3cret").sign(body)).status()).isEqualTo(401);

            assertThat(bed.actions.find(dev.noblame.action.ActionId.of(3)).orElseThrow().state()).isEqualTo(ActionState.OPEN);
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void a_transition_to_done_in_jira_completes_the_action(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            JiraWebhook.Response r = deliver(bed, payload(bed.jira.transition("OPS-2", "Done", "done", "Done")));

            assertThat(r.status()).isEqualTo(200);
            ActionItem after = bed.actions.find(dev.noblame.action.ActionId.of(3)).orElseThrow();
            assertThat(after.state()).isEqualTo(ActionState.DONE);
            assertThat(r.outcome().orElseThrow().events()).extracting(e -> e.type()).containsExactly("action.done");
            assertThat(bed.events).extracting(e -> e.type()).containsExactly("action.done");
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void the_same_delivery_twice_applies_once(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            byte[] body = payload(bed.jira.transition("OPS-2", "In Progress", "indeterminate", null));
            JiraWebhook webhook = bed.integration().webhook().orElseThrow();
            String sig = new WebhookSignature("s3cret").sign(body);

            assertThat(webhook.handle(body, sig).outcome().orElseThrow().changed()).isTrue();
            JiraWebhook.Response again = webhook.handle(body, sig);

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.outcome().orElseThrow().changed()).isFalse();
            assertThat(again.message()).contains("duplicate or out of order");
            assertThat(bed.actions.find(dev.noblame.action.ActionId.of(3)).orElseThrow().state()).isEqualTo(ActionState.IN_PROGRESS);
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void an_older_delivery_arriving_after_a_newer_one_is_ignored(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            byte[] older = payload(bed.jira.transition("OPS-2", "In Progress", "indeterminate", null));
            byte[] newer = payload(bed.jira.transition("OPS-2", "Done", "done", "Done"));

            deliver(bed, newer);
            JiraWebhook.Response late = deliver(bed, older);

            assertThat(late.outcome().orElseThrow().changed()).isFalse();
            assertThat(bed.actions.find(dev.noblame.action.ActionId.of(3)).orElseThrow().state()).isEqualTo(ActionState.DONE);
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void verified_effective_set_in_jira_verifies_the_action(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            deliver(bed, payload(bed.jira.transition("OPS-2", "Done", "done", "Done")));
            deliver(bed, payload(bed.jira.setField("OPS-2", bed.jira.fieldId(Catalogue.VERIFIED_EFFECTIVE), "yes")));
            assertThat(bed.actions.find(dev.noblame.action.ActionId.of(3)).orElseThrow().state()).isEqualTo(ActionState.VERIFIED_EFFECTIVE);
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void an_issue_resolved_as_wont_do_records_the_resolution_as_the_reason(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            deliver(bed, payload(bed.jira.transition("OPS-2", "Closed", "done", "Won't Do")));
            ActionItem after = bed.actions.find(dev.noblame.action.ActionId.of(3)).orElseThrow();
            assertThat(after.state()).isEqualTo(ActionState.WONT_DO);
            assertThat(after.wontDoReason()).contains("OPS-2").contains("Won't Do");
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void a_due_date_edited_in_jira_moves_the_actions_due_date(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            deliver(bed, payload(bed.jira.setField("OPS-2", "duedate", "2026-04-15")));
            assertThat(bed.actions.find(dev.noblame.action.ActionId.of(3)).orElseThrow().dueDate()).isEqualTo(LocalDate.parse("2026-04-15"));
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void an_issue_that_is_not_a_noblame_action_is_left_alone(JiraTestbed bed) {
        try (bed) {
            synced(bed);
            JiraWebhook.Response r = deliver(bed, payload(bed.jira.transition("OPS-1", "Done", "done", "Done")));
            assertThat(r.outcome().orElseThrow().changed()).isFalse();
            assertThat(r.message()).contains("not a NoBlame action issue");
        }
    }
}
