package dev.noblame.jira.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.incident.Incident;
import dev.noblame.incident.Severity;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.fake.JiraTestbed;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.jira.sync.SyncRound;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.OutboxMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SlaRoundTest {

    static Stream<JiraTestbed> deployments() {
        return Stream.of(JiraTestbed.cloud().with("jira.escalation.to", "lead-account"),
                JiraTestbed.dataCenter().with("jira.escalation.to", "lead").with("jira.escalation.mode", "assignee"));
    }

    private static void deliverAll(JiraTestbed bed, JiraIntegration jira) {
        for (OutboxMessage m : bed.outbox.drain()) {
            assertThat(jira.outboxHandler().deliver(m)).as(m.topic() + " " + m.payload()).isInstanceOf(Delivery.Delivered.class);
        }
    }

    private static void sync(JiraTestbed bed, JiraIntegration jira, ActionItem... actions) {
        for (ActionItem a : actions) {
            IssueTracker.enqueueAction(bed.outbox, a);
        }
        deliverAll(bed, jira);
    }

    private static List<String> topics(JiraTestbed bed) {
        return bed.outbox.messages().stream().map(m -> m.topic() + " " + m.payload()).toList();
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void an_action_due_in_two_days_gets_one_reminder_comment(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            ActionItem soon = bed.action(3, incident, LocalDate.parse("2026-03-03"));
            JiraIntegration jira = bed.integration();
            sync(bed, jira, soon);

            SyncRound.Report first = jira.syncRound().run();
            assertThat(topics(bed)).singleElement().asString().contains(IssueTracker.TOPIC_ACTION_SLA).contains("remind");
            deliverAll(bed, jira);

            assertThat(comments(bed)).singleElement().asString().contains("due on 2026-03-03");
            assertThat(labels(bed.jira.issue("OPS-2"))).contains("sla-reminded");
            assertThat(first.notices()).isEqualTo(1);

            SyncRound.Report second = jira.syncRound().run();
            assertThat(second.notices()).isZero();
            assertThat(bed.outbox.messages()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void a_breached_action_gets_a_comment_the_sla_breached_label_and_an_escalation(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV1);
            ActionItem late = bed.action(3, incident, LocalDate.parse("2026-02-20"));
            JiraIntegration jira = bed.integration();
            sync(bed, jira, late);
            assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").get(bed.jira.fieldId(Catalogue.SLA_STATE)).getAsString())
                    .isEqualTo("breached");

            jira.syncRound().run();
            deliverAll(bed, jira);

            assertThat(labels(bed.jira.issue("OPS-2"))).contains("sla-breached");
            assertThat(comments(bed)).singleElement().asString().contains("SLA breached").contains("2026-02-20");
            if (bed.cloud) {
                assertThat(bed.jira.watchers("OPS-2")).containsExactly("lead-account");
            } else {
                assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").getAsJsonObject("assignee").get("name").getAsString())
                        .isEqualTo("lead");
            }
            jira.syncRound().run();
            assertThat(bed.outbox.messages()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void a_done_action_is_asked_for_verified_effective_after_the_policy_period(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            ActionItem done = bed.action(3, incident, LocalDate.parse("2026-03-20")).complete(JiraTestbed.NOW.minus(Duration.ofDays(31))).after();
            bed.actions.save(done);
            JiraIntegration jira = bed.integration();
            sync(bed, jira, done);
            bed.jira.transition("OPS-2", "Done", "done", "Done");

            jira.syncRound().run();
            deliverAll(bed, jira);

            assertThat(labels(bed.jira.issue("OPS-2"))).contains("verify-requested");
            assertThat(comments(bed)).singleElement().asString().contains("Verified effective");
            assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").get(bed.jira.fieldId(Catalogue.VERIFIED_EFFECTIVE)).getAsString())
                    .isEqualTo("pending");
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void a_repeat_incident_on_the_same_factor_flags_the_completed_action_not_effective(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident first = bed.incident(1, Severity.SEV2);
            ActionItem done = bed.action(3, first, LocalDate.parse("2026-03-20")).withFactorKey("technology:workaround")
                    .complete(JiraTestbed.NOW.minus(Duration.ofDays(10))).after();
            bed.actions.save(done);
            Incident repeat = new Incident(dev.noblame.incident.IncidentId.of(2), first.kind(), "Checkout 502s again", Severity.SEV2,
                    "checkout", null, null, null, null, JiraTestbed.NOW.minus(Duration.ofDays(2)), null, null, null,
                    first.status(), null, null, null, null);
            bed.incidents.save(repeat);
            bed.postmortems.save(dev.noblame.postmortem.Postmortem.start(repeat.id(), JiraTestbed.NOW).withFactors(
                    List.of(ContributingFactor.of(FactorCategory.TECHNOLOGY, "Manual restart as a workaround", "workaround")),
                    "sam", JiraTestbed.NOW));
            JiraIntegration jira = bed.integration();
            sync(bed, jira, done);
            bed.jira.transition("OPS-2", "Done", "done", "Done");

            jira.syncRound().run();
            deliverAll(bed, jira);

            JsonObject issue = bed.jira.issue("OPS-2");
            assertThat(labels(issue)).contains("not-effective");
            assertThat(issue.getAsJsonObject("fields").get(bed.jira.fieldId(Catalogue.VERIFIED_EFFECTIVE)).getAsString()).isEqualTo("no");
            assertThat(comments(bed).toString()).contains("INC-2").contains("same contributing factor");
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void the_round_catches_a_transition_whose_webhook_never_arrived(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            ActionItem action = bed.action(3, incident, LocalDate.parse("2026-03-20"));
            JiraIntegration jira = bed.integration();
            sync(bed, jira, action);
            bed.jira.transition("OPS-2", "Done", "done", "Done");

            SyncRound.Report report = jira.syncRound().run();

            assertThat(report.applied()).isEqualTo(1);
            assertThat(bed.actions.find(ActionId.of(3)).orElseThrow().state()).isEqualTo(ActionState.DONE);
            // the issue's SLA state now reads met: the round queues the field update
            assertThat(topics(bed)).anyMatch(t -> t.startsWith(IssueTracker.TOPIC_ACTION + " "));
            deliverAll(bed, jira);
            assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").get(bed.jira.fieldId(Catalogue.SLA_STATE)).getAsString())
                    .isEqualTo("met");
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void an_action_that_never_reached_jira_is_queued_again(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            bed.action(3, incident, LocalDate.parse("2026-03-20"));

            SyncRound.Report report = bed.integration().syncRound().run();

            assertThat(report.missing()).isEqualTo(1);
            assertThat(topics(bed)).singleElement().asString().startsWith(IssueTracker.TOPIC_ACTION).contains("ACT-3");
        }
    }

    /** Comment texts as a reader sees them: ADF as JSON, wiki markup without its escapes. */
    static List<String> comments(JiraTestbed bed) {
        return bed.jira.comments("OPS-2").stream()
                .map(c -> c.isJsonPrimitive() ? c.getAsString().replace("\\", "") : c.toString()).toList();
    }

    static List<String> labels(JsonObject issue) {
        return issue.getAsJsonObject("fields").getAsJsonArray("labels").asList().stream().map(e -> e.getAsString()).toList();
    }
}
