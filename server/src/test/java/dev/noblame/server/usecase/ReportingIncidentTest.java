package dev.noblame.server.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.support.RunningHub;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports stored together (group-committed intake) keep everything one report alone gets. */
class ReportingIncidentTest {
    @TempDir
    Path dir;

    private static ReportingIncident.Command report(String service, String reporter) {
        return new ReportingIncident.Command(new Report(IncidentKind.INCIDENT, "Errors on " + service, null, service,
                Severity.SEV3, null, null, reporter == null ? Reporter.anonymous() : Reporter.named(reporter), null));
    }

    @Test
    void reports_stored_together_each_get_an_incident_their_text_and_a_chained_evidence_entry() {
        try (RunningHub hub = RunningHub.start(dir, Map.of("scheduler.enabled", "false"))) {
            var app = hub.hub.app();

            List<Incident> stored = new ReportingIncident(app).handleAll(List.of(
                    report("checkout", null), report("search", "ana"), report("payments", null)));

            assertThat(stored).extracting(Incident::service).containsExactly("checkout", "search", "payments");
            assertThat(stored).extracting(i -> i.id().number()).isSorted().doesNotHaveDuplicates();
            for (Incident i : stored) {
                assertThat(app.incidents().find(i.id())).contains(i);
                assertThat(app.reports().whatHappened(i.id())).contains("Errors on " + i.service());
                List<EvidenceEntry> entries = app.evidence().ofSubject(i.id().toString(), 0, 10);
                assertThat(entries).extracting(EvidenceEntry::type).containsExactly("incident.reported");
                assertThat(entries.get(0).actor()).isEqualTo(i.reporter().isAnonymous() ? null : "ana");
            }
            assertThat(app.evidence().size()).isEqualTo(3);
            assertThat(app.evidence().verify().ok()).isTrue();
        }
    }

    @Test
    void when_one_report_of_a_batch_cannot_be_recorded_none_of_them_is_stored() {
        try (RunningHub hub = RunningHub.start(dir, Map.of("scheduler.enabled", "false"))) {
            var app = hub.hub.app();
            app.recorder().addListener(event -> {
                if ("broken".equals(event.data().get("service"))) {
                    throw new IllegalStateException("the listener of " + event.subject() + " failed");
                }
            });

            assertThatThrownBy(() -> new ReportingIncident(app).handleAll(List.of(report("checkout", null), report("broken", null))))
                    .hasMessageContaining("failed");

            assertThat(app.incidents().count(IncidentQuery.all())).isZero();
            assertThat(app.reports().count()).isZero();
            assertThat(app.evidence().size()).isZero();
        }
    }

    @Test
    void concurrent_reports_are_all_stored_once_and_a_bad_one_fails_alone() throws Exception {
        try (RunningHub hub = RunningHub.start(dir, Map.of("scheduler.enabled", "false"))) {
            var app = hub.hub.app();
            app.recorder().addListener(event -> {
                if ("broken".equals(event.data().get("service"))) {
                    throw new IllegalStateException("the listener of " + event.subject() + " failed");
                }
            });
            List<Future<Incident>> answers = new ArrayList<>();
            try (BatchedReporting intake = new BatchedReporting(app)) {
                ExecutorService callers = Executors.newFixedThreadPool(16);
                for (int i = 0; i < 200; i++) {
                    String service = i == 77 ? "broken" : "svc-" + i;
                    answers.add(callers.submit(() -> intake.handle(report(service, null))));
                }
                callers.shutdown();
                List<Incident> stored = new ArrayList<>();
                int failed = 0;
                for (Future<Incident> answer : answers) {
                    try {
                        stored.add(answer.get());
                    } catch (ExecutionException e) {
                        failed++;
                        assertThat(e.getCause()).hasMessageContaining("failed");
                    }
                }

                assertThat(failed).isEqualTo(1);
                assertThat(stored).hasSize(199).extracting(Incident::id).doesNotHaveDuplicates();
                assertThat(stored).allMatch(i -> app.incidents().find(i.id()).isPresent());
                assertThat(app.incidents().count(IncidentQuery.all())).isEqualTo(199);
                assertThat(app.evidence().size()).isEqualTo(199);
                assertThat(app.evidence().verify().ok()).isTrue();
            }
        }
    }
}
