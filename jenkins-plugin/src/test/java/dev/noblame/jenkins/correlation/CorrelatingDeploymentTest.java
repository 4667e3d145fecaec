package dev.noblame.jenkins.correlation;

import static dev.noblame.jenkins.Fixtures.T0;
import static dev.noblame.jenkins.Fixtures.deployment;
import static dev.noblame.jenkins.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import dev.noblame.jenkins.Fixtures;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.memory.InMemoryCorrelations;
import dev.noblame.ports.memory.InMemoryDeployments;
import dev.noblame.ports.memory.InMemoryIncidents;
import dev.noblame.ports.memory.InMemoryOutbox;
import dev.noblame.ports.memory.InMemoryTimeline;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CorrelatingDeploymentTest {
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryDeployments deployments = new InMemoryDeployments();
    private final InMemoryCorrelations correlations = new InMemoryCorrelations();
    private final InMemoryTimeline timeline = new InMemoryTimeline();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final CorrelatingDeployment correlating = new CorrelatingDeployment(incidents, deployments, correlations, timeline,
            outbox, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), CorrelationPolicy.defaults());

    @Test
    void a_failed_production_deployment_is_linked_to_the_open_incident_of_its_service() {
        incidents.save(incident(1).startedMinutesAfterT0(10).build());
        Fixtures.DeploymentBuilder failed = deployment().state(DeploymentState.FAILED);

        CorrelationResult r = correlating.correlate(failed.event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.LINKED);
        assertThat(r.incident()).hasValue(IncidentId.of(1));
        Incident linked = incidents.find(IncidentId.of(1)).orElseThrow();
        assertThat(linked.links().buildUrls()).containsExactly(failed.buildUrl());
        assertThat(timeline.of(IncidentId.of(1))).singleElement()
                .satisfies(t -> assertThat(t.text()).contains("Failed deployment linked", failed.buildUrl(), "started 10m after"));
        assertThat(deployments.find(failed.buildUrl())).isPresent();
    }

    @Test
    void the_link_is_written_to_the_build_page_through_the_outbox() {
        incidents.save(incident(1).startedMinutesAfterT0(10).build());
        Fixtures.DeploymentBuilder failed = deployment();

        correlating.correlate(failed.event());

        OutboxMessage m = outbox.messages().get(0);
        assertThat(m.topic()).isEqualTo("jenkins.build.describe");
        JsonObject p = JsonParser.parseString(m.payload()).getAsJsonObject();
        assertThat(p.get("buildUrl").getAsString()).isEqualTo(failed.buildUrl());
        assertThat(p.get("incident").getAsString()).isEqualTo("INC-1");
        assertThat(p.get("outcome").getAsString()).isEqualTo("linked");
    }

    @Test
    void candidates_are_ranked_closest_in_time_first_and_the_ranking_is_stored_with_reasons() {
        incidents.save(incident(1).startedMinutesAfterT0(100).build());
        incidents.save(incident(2).startedMinutesAfterT0(5).build());
        incidents.save(incident(3).startedMinutesAfterT0(50).environment("staging").build());

        CorrelationResult r = correlating.correlate(deployment().event());

        assertThat(r.incident()).hasValue(IncidentId.of(2));
        assertThat(r.ranking()).extracting(c -> c.incident().number()).containsExactly(2L, 1L, 3L);
        assertThat(r.ranking().get(2).reasons()).anyMatch(s -> s.contains("other environment"));
        assertThat(correlations.ofDeployment(deployment().buildUrl())).singleElement()
                .satisfies(c -> assertThat(c.ranking()).hasSize(3));
    }

    @Test
    void closed_incidents_near_misses_other_services_and_incidents_outside_the_window_are_not_candidates() {
        incidents.save(incident(1).startedMinutesAfterT0(10).resolvedAt(T0.plusSeconds(1200)).build());
        incidents.save(incident(2).startedMinutesAfterT0(10).nearMiss().build());
        incidents.save(incident(3).startedMinutesAfterT0(10).service("billing").build());
        incidents.save(incident(4).startedMinutesAfterT0(121).build());
        incidents.save(incident(5).startedMinutesAfterT0(-1).build());

        CorrelationResult r = correlating.correlate(deployment().event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.CANDIDATE_OPENED);
        assertThat(r.incident()).hasValueSatisfying(id -> assertThat(id.number()).isEqualTo(6));
    }

    @Test
    void with_no_open_incident_a_sev3_candidate_deployment_failure_is_opened_and_linked() {
        Fixtures.DeploymentBuilder failed = deployment().state(DeploymentState.ROLLED_BACK);

        CorrelationResult r = correlating.correlate(failed.event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.CANDIDATE_OPENED);
        Incident opened = incidents.find(r.incident().orElseThrow()).orElseThrow();
        assertThat(opened.severity()).isEqualTo(Severity.SEV3);
        assertThat(opened.kind()).isEqualTo(IncidentKind.INCIDENT);
        assertThat(opened.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(opened.title()).startsWith("Deployment failure: checkout");
        assertThat(opened.links().buildUrls()).containsExactly(failed.buildUrl());
        assertThat(outbox.messages()).singleElement().satisfies(m -> assertThat(m.payload()).contains("\"opened\""));
    }

    @Test
    void a_failure_caught_before_production_records_a_near_miss() {
        Fixtures.DeploymentBuilder canary = deployment().in("canary", EnvironmentType.STAGING).caughtBeforeProduction();

        CorrelationResult r = correlating.correlate(canary.event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.NEAR_MISS_RECORDED);
        Incident nearMiss = incidents.find(r.incident().orElseThrow()).orElseThrow();
        assertThat(nearMiss.kind()).isEqualTo(IncidentKind.NEAR_MISS);
        assertThat(nearMiss.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(nearMiss.links().buildUrls()).containsExactly(canary.buildUrl());
    }

    @Test
    void an_automatic_rollback_in_production_with_no_incident_is_a_near_miss() {
        CorrelationResult r = correlating.correlate(deployment().state(DeploymentState.ROLLED_BACK).caughtBeforeProduction().event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.NEAR_MISS_RECORDED);
    }

    @Test
    void a_plain_failure_outside_production_links_nothing_and_opens_nothing() {
        CorrelationResult r = correlating.correlate(deployment().in("qa", EnvironmentType.TESTING).event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.NOTHING_TO_LINK);
        assertThat(incidents.count(dev.noblame.ports.IncidentQuery.all())).isZero();
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void a_successful_deployment_is_listed_as_a_suspect_on_later_incidents_of_its_service() {
        incidents.save(incident(1).startedMinutesAfterT0(30).build());
        incidents.save(incident(2).startedMinutesAfterT0(-30).build());
        Fixtures.DeploymentBuilder ok = deployment().state(DeploymentState.SUCCESSFUL);

        CorrelationResult r = correlating.correlate(ok.event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.SUSPECTED);
        assertThat(r.ranking()).extracting(c -> c.incident().number()).containsExactly(1L);
        assertThat(timeline.of(IncidentId.of(1))).singleElement().satisfies(t -> assertThat(t.text()).startsWith("Suspect deployment"));
        assertThat(incidents.find(IncidentId.of(2)).orElseThrow().links().buildUrls()).isEmpty();
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void a_replayed_event_returns_the_first_decision_and_changes_nothing() {
        incidents.save(incident(1).startedMinutesAfterT0(10).build());
        CorrelationResult first = correlating.correlate(deployment().event());
        incidents.save(incident(2).startedMinutesAfterT0(1).severity(Severity.SEV1).build());

        CorrelationResult again = correlating.correlate(deployment().event());

        assertThat(again.replayed()).isTrue();
        assertThat(again.incident()).isEqualTo(first.incident());
        assertThat(timeline.of(IncidentId.of(1))).hasSize(1);
        assertThat(outbox.messages()).hasSize(1);
    }

    @Test
    void opened_incidents_and_links_are_recorded_as_events() {
        java.util.List<dev.noblame.common.DomainEvent> events = new java.util.ArrayList<>();
        CorrelatingDeployment recording = new CorrelatingDeployment(incidents, deployments, correlations, timeline, outbox,
                Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), CorrelationPolicy.defaults(), events::add);
        incidents.save(incident(1).startedMinutesAfterT0(10).build());

        recording.correlate(deployment().number(1).event());
        recording.correlate(deployment().service("billing").number(2).event());

        assertThat(events).extracting(dev.noblame.common.DomainEvent::type).containsExactly("deployment.linked", "incident.reported");
        assertThat(events.get(0).subject()).isEqualTo("INC-1");
        assertThat(events.get(0).data()).containsEntry("deployment", deployment().number(1).buildUrl());
        assertThat(events.get(1).data()).containsEntry("source", CorrelatingDeployment.SOURCE).containsEntry("service", "billing");
    }

    @Test
    void a_late_start_report_does_not_undo_a_finished_deployment() {
        correlating.correlate(deployment().state(DeploymentState.FAILED).event());

        CorrelationResult r = correlating.correlate(deployment().state(DeploymentState.STARTED).event());

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.NOTHING_TO_LINK);
        assertThat(deployments.find(deployment().buildUrl()).orElseThrow().state()).isEqualTo(DeploymentState.FAILED);
    }
}
