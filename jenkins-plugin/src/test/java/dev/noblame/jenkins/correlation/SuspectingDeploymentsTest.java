package dev.noblame.jenkins.correlation;

import static dev.noblame.jenkins.Fixtures.T0;
import static dev.noblame.jenkins.Fixtures.deployment;
import static dev.noblame.jenkins.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.memory.InMemoryCorrelations;
import dev.noblame.ports.memory.InMemoryDeployments;
import dev.noblame.ports.memory.InMemoryIncidents;
import dev.noblame.ports.memory.InMemoryTimeline;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspectingDeploymentsTest {
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryDeployments deployments = new InMemoryDeployments();
    private final InMemoryCorrelations correlations = new InMemoryCorrelations();
    private final InMemoryTimeline timeline = new InMemoryTimeline();
    private final SuspectingDeployments suspecting = new SuspectingDeployments(incidents, deployments, correlations, timeline,
            Clock.fixed(T0.plusSeconds(7200), ZoneOffset.UTC), CorrelationPolicy.defaults());

    @Test
    void a_new_incident_lists_the_successful_production_deployments_before_it_best_first() {
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).number(1).startedAt(T0.minusSeconds(5400)).changeSize(5).build());
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).number(2).startedAt(T0.minusSeconds(600)).changeSize(900).build());
        deployments.save(deployment().state(DeploymentState.FAILED).number(3).startedAt(T0.minusSeconds(300)).build());
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).number(4).in("staging", EnvironmentType.STAGING)
                .startedAt(T0.minusSeconds(300)).build());
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).number(5).startedAt(T0.minusSeconds(3 * 3600)).build());
        Incident i = incident(1).startedAt(T0).build();
        incidents.save(i);

        CorrelationResult r = suspecting.suspectsOf(i);

        assertThat(r.outcome()).isEqualTo(CorrelationOutcome.SUSPECTED);
        assertThat(r.ranking()).extracting(c -> c.deploymentId()).containsExactly(
                deployment().number(2).buildUrl(), deployment().number(1).buildUrl());
        assertThat(incidents.find(IncidentId.of(1)).orElseThrow().links().buildUrls()).hasSize(2);
        assertThat(timeline.of(IncidentId.of(1))).hasSize(2);
        assertThat(correlations.ofIncident(IncidentId.of(1))).hasSize(1);
    }

    @Test
    void asking_twice_lists_the_suspects_once() {
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).startedAt(T0.minusSeconds(600)).build());
        Incident i = incident(1).startedAt(T0).build();
        incidents.save(i);

        suspecting.suspectsOf(i);
        CorrelationResult again = suspecting.suspectsOf(i);

        assertThat(again.replayed()).isTrue();
        assertThat(timeline.of(IncidentId.of(1))).hasSize(1);
    }

    @Test
    void incidents_opened_together_get_the_suspects_each_would_get_alone() {
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).number(1).startedAt(T0.minusSeconds(600)).build());
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).number(2).startedAt(T0.plusSeconds(1800)).build());
        deployments.save(deployment().state(DeploymentState.SUCCESSFUL).number(3).startedAt(T0.plusSeconds(30 * 3600)).build());
        Incident early = incident(1).startedAt(T0).build();
        Incident later = incident(2).startedAt(T0.plusSeconds(3600)).build();
        Incident nextDay = incident(3).startedAt(T0.plusSeconds(30 * 3600 + 60)).build();
        Incident quiet = incident(4).startedAt(T0.plusSeconds(10 * 3600)).build();
        Incident otherService = incident(5).service("search").startedAt(T0).build();
        List.of(early, later, nextDay, quiet, otherService).forEach(incidents::save);

        var results = suspecting.suspectsOfAll(List.of(early, later, nextDay, quiet, otherService));

        assertThat(results).extracting(CorrelationResult::outcome).containsExactly(CorrelationOutcome.SUSPECTED,
                CorrelationOutcome.SUSPECTED, CorrelationOutcome.SUSPECTED, CorrelationOutcome.NOTHING_TO_LINK,
                CorrelationOutcome.NOTHING_TO_LINK);
        assertThat(results.get(0).ranking()).extracting(c -> c.deploymentId()).containsExactly(deployment().number(1).buildUrl());
        assertThat(results.get(1).ranking()).extracting(c -> c.deploymentId())
                .containsExactly(deployment().number(2).buildUrl(), deployment().number(1).buildUrl());
        assertThat(results.get(2).ranking()).extracting(c -> c.deploymentId()).containsExactly(deployment().number(3).buildUrl());
        assertThat(correlations.ofIncident(IncidentId.of(4))).hasSize(1);
        assertThat(suspecting.suspectsOfAll(List.of(early, quiet))).allMatch(CorrelationResult::replayed);
    }
}
