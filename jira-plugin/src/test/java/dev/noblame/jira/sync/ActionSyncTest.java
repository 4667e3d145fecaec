package dev.noblame.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.Severity;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.fake.JiraTestbed;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.OutboxMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActionSyncTest {

    static Stream<JiraTestbed> deployments() {
        return Stream.of(JiraTestbed.cloud(), JiraTestbed.dataCenter());
    }

    @ParameterizedTest(name = "{index}: cloud={0}")
    @MethodSource("deployments")
    void an_action_becomes_one_linked_issue_with_current_fields_and_remote_links(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            bed.incidents.save(incident.withLinks(IncidentLinks.NONE.withConfluencePage("98765")));
            ActionItem action = bed.action(3, incident, LocalDate.parse("2026-03-20"));
            JiraIntegration jira = bed.integration();

            IssueTracker.enqueueAction(bed.outbox, action);
            deliverAll(jira, bed);

            List<JsonObject> issues = bed.jira.issues();
            assertThat(issues).hasSize(2);
            JsonObject postmortem = issues.get(0);
            JsonObject act = issues.get(1);
            assertThat(labels(postmortem)).contains("noblame-INC-1");
            assertThat(labels(act)).contains("noblame", "noblame-action", "noblame-ACT-3");
            JsonObject f = act.getAsJsonObject("fields");
            assertThat(f.get("summary").getAsString()).isEqualTo("Add a canary stage to the checkout deploy");
            assertThat(f.get("duedate").getAsString()).isEqualTo("2026-03-20");
            assertThat(f.get(bed.jira.fieldId(Catalogue.INCIDENT_ID)).getAsString()).isEqualTo("INC-1");
            assertThat(f.get(bed.jira.fieldId(Catalogue.SEVERITY)).getAsString()).isEqualTo("SEV2");
            assertThat(f.get(bed.jira.fieldId(Catalogue.SLA_STATE)).getAsString()).isEqualTo("on_track");
            assertThat(f.get(bed.jira.fieldId(Catalogue.ACTION_CLASS)).getAsString()).isEqualTo("prevent");
            if (bed.cloud) {
                assertThat(f.getAsJsonObject("description").get("type").getAsString()).isEqualTo("doc");
            } else {
                assertThat(f.get("description").getAsString()).contains("*Done when:* A bad build").contains("[Open in NoBlame|https://noblame.example.com/incidents/INC-1]");
            }
            assertThat(f.getAsJsonArray("issuelinks").toString()).contains(Catalogue.LINK_TYPE).contains(postmortem.get("key").getAsString());
            assertThat(bed.jira.remoteLinks(act.get("key").getAsString())).containsOnlyKeys("noblame:INC-1:ACT-3");
            assertThat(bed.jira.remoteLinks(postmortem.get("key").getAsString()))
                    .containsOnlyKeys("noblame:INC-1", "noblame:INC-1:confluence");
            assertThat(bed.jira.remoteLinks(postmortem.get("key").getAsString()).get("noblame:INC-1:confluence").toString())
                    .contains("https://wiki.example.com/wiki/pages/viewpage.action?pageId=98765");
        }
    }

    @ParameterizedTest(name = "{index}: cloud={0}")
    @MethodSource("deployments")
    void a_changed_action_updates_its_issue_instead_of_creating_another(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV1);
            ActionItem action = bed.action(3, incident, LocalDate.parse("2026-03-20"));
            JiraIntegration jira = bed.integration();
            IssueTracker.enqueueAction(bed.outbox, action);
            deliverAll(jira, bed);

            ActionItem moved = action.withDueDate(LocalDate.parse("2026-04-01"));
            bed.actions.save(moved);
            IssueTracker.enqueueAction(bed.outbox, moved);
            deliverAll(jira, bed);

            assertThat(bed.jira.issues()).hasSize(2);
            assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").get("duedate").getAsString()).isEqualTo("2026-04-01");
            assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").getAsJsonArray("issuelinks")).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{index}: cloud={0}")
    @MethodSource("deployments")
    void a_process_killed_after_the_create_but_before_the_outbox_mark_replays_without_a_duplicate(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            ActionItem action = bed.action(3, incident, LocalDate.parse("2026-03-20"));
            IssueTracker.enqueueAction(bed.outbox, action);
            OutboxMessage message = bed.outbox.messages().get(0);
            // given: the first process delivered the message, then died before marking it or storing keys
            bed.integration(IssueKeys.inMemory()).outboxHandler().deliver(message);

            // when: a fresh process (empty key cache) replays the same message
            Delivery replay = bed.integration(IssueKeys.inMemory()).outboxHandler().deliver(message);

            // then: it found both issues by label and updated them
            assertThat(replay).isInstanceOf(Delivery.Delivered.class);
            assertThat(bed.jira.issues()).hasSize(2);
            assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").getAsJsonArray("issuelinks")).hasSize(1);
            assertThat(bed.jira.remoteLinks("OPS-2")).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{index}: cloud={0}")
    @MethodSource("deployments")
    void a_replay_that_finds_an_unlinked_issue_links_it(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            ActionItem action = bed.action(3, incident, LocalDate.parse("2026-03-20"));
            // given: a crash between creating the action issue and linking it
            bed.wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(".*/issueLink")).atPriority(1)
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withFault(
                            com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
            IssueTracker.enqueueAction(bed.outbox, action);
            OutboxMessage message = bed.outbox.messages().get(0);
            Delivery first = bed.integration().outboxHandler().deliver(message);
            assertThat(first).isInstanceOf(Delivery.Retry.class);
            bed.wiremock.resetToDefaultMappings();
            bed.wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                    .atPriority(10).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                            .withTransformers(dev.noblame.jira.fake.FakeJira.NAME)));

            Delivery retry = bed.integration().outboxHandler().deliver(message);

            assertThat(retry).isInstanceOf(Delivery.Delivered.class);
            assertThat(bed.jira.issues()).hasSize(2);
            assertThat(bed.jira.issue("OPS-2").getAsJsonObject("fields").getAsJsonArray("issuelinks")).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{index}: cloud={0}")
    @MethodSource("deployments")
    void a_message_for_an_unknown_action_is_rejected_not_retried(JiraTestbed bed) {
        try (bed) {
            bed.provisioned();
            Delivery d = bed.integration().outboxHandler().deliver(new OutboxMessage(1, IssueTracker.TOPIC_ACTION, "ACT-9@x",
                    "{\"action\":\"ACT-9\",\"incident\":\"INC-1\"}", 0));
            assertThat(d).isInstanceOf(Delivery.Rejected.class);
            assertThat(((Delivery.Rejected) d).reason()).contains("ACT-9");
        }
    }

    static void deliverAll(JiraIntegration jira, JiraTestbed bed) {
        for (OutboxMessage m : bed.outbox.drain()) {
            Delivery d = jira.outboxHandler().deliver(m);
            assertThat(d).as(m.topic() + " " + m.payload()).isInstanceOf(Delivery.Delivered.class);
        }
    }

    static List<String> labels(JsonObject issue) {
        return Optional.of(issue.getAsJsonObject("fields").getAsJsonArray("labels")).stream()
                .flatMap(a -> a.asList().stream()).map(e -> e.getAsString()).toList();
    }
}
