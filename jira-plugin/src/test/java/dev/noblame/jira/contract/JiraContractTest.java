package dev.noblame.jira.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.Severity;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.fake.JiraTestbed;
import dev.noblame.jira.provision.Provisioner;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.OutboxMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every request the client sends, in every flow (provisioning, sync, SLA notices with both
 * escalation modes, reconciliation), checked against the official Jira OpenAPI document.
 */
class JiraContractTest {

    @BeforeAll
    static void loadSpec() {
        JiraContract.validator();
    }

    /** Drives every flow against the fake and returns what was sent. */
    private static List<LoggedRequest> everyFlow(JiraTestbed bed) {
        JiraIntegration jira = bed.integration();
        jira.provisioner().apply(JiraTestbed.PROJECT);
        Incident incident = bed.incident(1, Severity.SEV1);
        bed.incidents.save(incident.withLinks(IncidentLinks.NONE.withConfluencePage("4242")));
        ActionItem soon = bed.action(2, incident, LocalDate.parse("2026-03-03"));
        ActionItem late = bed.action(3, incident, LocalDate.parse("2026-02-01"));
        ActionItem done = bed.action(4, incident, LocalDate.parse("2026-03-20")).complete(JiraTestbed.NOW.minus(Duration.ofDays(40))).after();
        bed.actions.save(done);
        for (ActionItem a : List.of(soon, late, done)) {
            IssueTracker.enqueueAction(bed.outbox, a);
        }
        deliver(bed, jira);
        jira.syncRound().run();
        deliver(bed, jira);
        new Provisioner(jira.client()).plan(JiraTestbed.PROJECT);
        jira.client().issue("OPS-2", List.of("labels", "status"));
        return bed.wiremock.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    private static void deliver(JiraTestbed bed, JiraIntegration jira) {
        for (OutboxMessage m : bed.outbox.drain()) {
            jira.outboxHandler().deliver(m);
        }
    }

    private static Set<String> calls(List<LoggedRequest> requests) {
        Set<String> out = new TreeSet<>();
        for (LoggedRequest r : requests) {
            out.add(r.getMethod() + " " + r.getUrl().replaceAll("\\?.*", "").replaceAll("OPS-\\d+", "{key}")
                    .replaceAll("customfield_\\d+", "{field}"));
        }
        return out;
    }

    @Test
    void every_cloud_request_conforms_to_the_jira_platform_v3_document() {
        try (JiraTestbed bed = JiraTestbed.cloud().with("jira.escalation.to", "5b10ac8d82e05b22cc7d4ef5")) {
            List<LoggedRequest> sent = everyFlow(bed);
            List<String> problems = new ArrayList<>();
            sent.forEach(r -> problems.addAll(JiraContract.problems(r)));

            assertThat(calls(sent)).contains("POST /rest/api/3/issuetype", "POST /rest/api/3/field", "POST /rest/api/3/field/{field}/context",
                    "POST /rest/api/3/issueLinkType", "POST /rest/api/3/issue", "PUT /rest/api/3/issue/{key}", "POST /rest/api/3/issueLink",
                    "POST /rest/api/3/issue/{key}/remotelink", "POST /rest/api/3/issue/{key}/comment", "POST /rest/api/3/issue/{key}/watchers",
                    "POST /rest/api/3/search/jql", "GET /rest/api/3/project/OPS", "GET /rest/api/3/issue/{key}");
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void every_data_center_request_with_a_v3_counterpart_conforms_to_its_shape() {
        try (JiraTestbed bed = JiraTestbed.dataCenter().with("jira.escalation.to", "lead").with("jira.escalation.mode", "assignee")) {
            List<LoggedRequest> sent = everyFlow(bed);
            List<String> problems = new ArrayList<>();
            sent.stream().filter(JiraContract::checkable).forEach(r -> problems.addAll(JiraContract.problems(r)));

            assertThat(calls(sent)).contains("PUT /rest/api/2/issue/{key}/assignee", "POST /rest/api/2/search", "POST /rest/api/2/issue/{key}/comment");
            assertThat(problems).isEmpty();
        }
    }
}
