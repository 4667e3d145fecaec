package dev.noblame.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.Severity;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.fake.JiraTestbed;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.OutboxMessage;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Jira misbehaves on a share of all requests; the outbox keeps retrying; nothing is lost or duplicated. */
class FaultStormTest {
    static final int ACTIONS = 24;

    static Stream<JiraTestbed> deployments() {
        return Stream.of(JiraTestbed.cloud(), JiraTestbed.dataCenter());
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("deployments")
    void a_storm_of_429s_500s_503s_and_timeouts_ends_with_one_issue_per_subject(JiraTestbed bed) {
        try (JiraTestbed b = bed.with("jira.request_timeout_ms", "150").with("jira.max_retries", "2")) {
            bed.provisioned();
            Incident incident = bed.incident(1, Severity.SEV2);
            for (int i = 1; i <= ACTIONS; i++) {
                IssueTracker.enqueueAction(bed.outbox, bed.action(i, incident, LocalDate.parse("2026-03-20")));
            }
            bed.jira.storm(3, 150);

            Map<String, Integer> outcomes = deliverUntilDone(bed, bed.integration());

            assertThat(bed.jira.faultsServed()).isGreaterThan(20);
            assertThat(outcomes.get("retry")).isPositive();
            assertThat(outcomes.get("delivered")).isEqualTo(ACTIONS);
            assertThat(bed.jira.issues()).hasSize(ACTIONS + 1);
            for (JsonObject issue : bed.jira.issues().subList(1, ACTIONS + 1)) {
                String key = issue.get("key").getAsString();
                assertThat(issue.getAsJsonObject("fields").getAsJsonArray("issuelinks")).as(key).hasSize(1);
                assertThat(bed.jira.remoteLinks(key)).as(key).hasSize(1);
            }
            for (int i = 1; i <= ACTIONS; i++) {
                String label = "noblame-ACT-" + i;
                assertThat(bed.jira.issues()).filteredOn(j -> j.toString().contains("\"" + label + "\"")).as(label).hasSize(1);
            }
        }
    }

    /** A worker in miniature: deliver, requeue what asks for a retry, give up after a bound. */
    static Map<String, Integer> deliverUntilDone(JiraTestbed bed, JiraIntegration jira) {
        Deque<OutboxMessage> queue = new ArrayDeque<>(bed.outbox.drain());
        Map<String, Integer> outcomes = new HashMap<>(Map.of("delivered", 0, "retry", 0, "rejected", 0));
        int rounds = 0;
        while (!queue.isEmpty() && rounds++ < 2000) {
            OutboxMessage m = queue.poll();
            Delivery d = jira.outboxHandler().deliver(m);
            if (d instanceof Delivery.Retry) {
                outcomes.merge("retry", 1, Integer::sum);
                queue.add(new OutboxMessage(m.id(), m.topic(), m.idempotencyKey(), m.payload(), m.attempts() + 1));
            } else {
                outcomes.merge(d instanceof Delivery.Delivered ? "delivered" : "rejected", 1, Integer::sum);
            }
        }
        assertThat(queue).as("messages still failing after 2000 attempts").isEmpty();
        return outcomes;
    }
}
