package dev.noblame.server.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionPriority;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Report;
import dev.noblame.incident.Severity;
import dev.noblame.server.support.RunningHub;
import dev.noblame.server.usecase.AddingActionItem;
import dev.noblame.server.usecase.ReportingIncident;
import dev.noblame.server.usecase.TransitioningIncident;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaJobTest {
    @TempDir
    Path dir;

    @Test
    void a_breached_priority_action_escalates_once_with_evidence_and_a_timeline_line() {
        try (RunningHub hub = RunningHub.start(dir, Map.of("scheduler.enabled", "false"))) {
            var app = hub.hub.app();
            var incident = new ReportingIncident(app).handle(new ReportingIncident.Command(new Report(IncidentKind.INCIDENT,
                    "Checkout down", null, "checkout", Severity.SEV1, "payments", null, null, null)));
            new TransitioningIncident(app).handle(new TransitioningIncident.Command(incident.id(), IncidentStatus.RESOLVED, null, "ana"));
            new AddingActionItem(app).handle(new AddingActionItem.Command(incident.id(), "Add backoff", "payments",
                    LocalDate.now().minusDays(3), "no retry storm in load test", ActionClass.PREVENT, ActionPriority.PRIORITY, null, "ana"));

            SlaJob job = new SlaJob(app);
            int first = job.evaluate(app.clock().instant());
            int again = job.evaluate(app.clock().instant().plus(Duration.ofMinutes(1)));

            assertThat(first).isPositive();
            assertThat(again).isZero();
            assertThat(app.timeline().of(incident.id())).anyMatch(e -> e.source().equals("sla") && e.text().startsWith("Escalation"));
            long escalations = app.tx().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM evidence_entry WHERE type LIKE '%escalat%' AND subject LIKE :s")
                    .bind("s", incident.id() + "%").mapTo(Long.class).one());
            assertThat(escalations).isEqualTo(1);
            assertThat(app.evidence().verify().ok()).isTrue();
            assertThat(IncidentId.of(1)).isEqualTo(incident.id());
        }
    }
}
