package dev.noblame.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentKind;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.support.RunningHub;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOrganisationTest {
    @TempDir
    Path dir;

    @Test
    void the_demo_seeds_a_realistic_organisation_through_the_use_cases_and_only_into_an_empty_database() {
        try (RunningHub hub = RunningHub.start(dir)) {
            var app = hub.hub.app();

            var seeded = DemoOrganisation.seedIfEmpty(app, hub.hub.tokens()).orElseThrow();

            List<Incident> all = app.incidents().list(IncidentQuery.all());
            assertThat(all).hasSize(50);
            assertThat(all.stream().filter(i -> i.kind() == IncidentKind.NEAR_MISS).count()).isBetween(5L, 12L);
            assertThat(all.stream().map(Incident::service).collect(Collectors.toSet())).hasSize(6);
            assertThat(all.stream().map(Incident::team).collect(Collectors.toSet())).hasSize(4);
            Instant oldest = all.stream().map(Incident::startedAt).min(Instant::compareTo).orElseThrow();
            assertThat(oldest).isBefore(app.clock().instant().minus(java.time.Duration.ofDays(170)));

            Set<PostmortemStatus> states = app.postmortems().all().stream().map(Postmortem::status).collect(Collectors.toSet());
            assertThat(states).containsAll(EnumSet.allOf(PostmortemStatus.class));

            SlaEvaluator sla = new SlaEvaluator(app.slaPolicy());
            Set<SlaState> actionStates = app.actions().all().stream()
                    .map(a -> sla.evaluate(a, app.incidents().find(a.incident()).orElseThrow().service(), app.clock().instant()).state())
                    .collect(Collectors.toSet());
            assertThat(actionStates).contains(SlaState.MET, SlaState.DUE_SOON, SlaState.BREACHED);

            var deployments = app.deployments().startedBetween(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
            assertThat(deployments).anyMatch(d -> d.isProductionFailure());
            assertThat(seeded.deployments()).isEqualTo(deployments.size());

            var kpis = dev.noblame.kpi.Kpis.total(hub.hub.insights().data(),
                    dev.noblame.kpi.KpiPeriod.lastDays(200, app.clock().instant()));
            assertThat(kpis.repeatIncidents()).isPositive();
            assertThat(kpis.delivery().changeFailures()).isPositive();

            var verification = app.evidence().verify();
            assertThat(verification.ok()).as(verification.summary()).isTrue();
            assertThat(verification.entriesChecked()).isGreaterThan(300);
            assertThat(verification.checkpointsChecked()).isPositive();

            assertThat(DemoOrganisation.seedIfEmpty(app, hub.hub.tokens())).isEmpty();
            assertThat(app.incidents().list(IncidentQuery.all())).hasSize(50);
        }
    }
}
