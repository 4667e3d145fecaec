package dev.noblame.jenkins.dora;

import static dev.noblame.jenkins.Fixtures.T0;
import static dev.noblame.jenkins.Fixtures.deployment;
import static dev.noblame.jenkins.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.deployment.Commit;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.IncidentId;
import dev.noblame.jenkins.correlation.CorrelatingDeployment;
import dev.noblame.jenkins.correlation.CorrelationPolicy;
import dev.noblame.ports.memory.InMemoryCorrelations;
import dev.noblame.ports.memory.InMemoryDeployments;
import dev.noblame.ports.memory.InMemoryIncidents;
import dev.noblame.ports.memory.InMemoryOutbox;
import dev.noblame.ports.memory.InMemoryTimeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasuringDoraTest {
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryDeployments deployments = new InMemoryDeployments();
    private final InMemoryCorrelations correlations = new InMemoryCorrelations();
    private final CorrelatingDeployment correlating = new CorrelatingDeployment(incidents, deployments, correlations,
            new InMemoryTimeline(), new InMemoryOutbox(), Clock.fixed(T0.plusSeconds(86400 * 10), ZoneOffset.UTC),
            CorrelationPolicy.defaults());
    private final MeasuringDora dora = new MeasuringDora(deployments, correlations, incidents);
    private final Instant from = T0.minusSeconds(86400);
    private final Instant to = T0.plusSeconds(86400 * 9);

    @Test
    void figures_follow_the_definitions() {
        // 4 successful production deploys over 10 days; commits 2h and 4h before two of them
        for (int n = 1; n <= 4; n++) {
            var ok = deployment().state(DeploymentState.SUCCESSFUL).number(n).startedAt(T0.plusSeconds(86400L * n));
            if (n <= 2) {
                Instant start = T0.plusSeconds(86400L * n);
                ok.commits(new Commit("c" + n, "change", start.minusSeconds(3600L * 2 * n).plusSeconds(240)));
            }
            correlating.correlate(ok.event());
        }
        // a failure linked to an incident restored after 30 minutes
        incidents.save(incident(1).startedMinutesAfterT0(10).mitigatedAt(T0.plusSeconds(40 * 60)).build());
        correlating.correlate(deployment().number(10).event());
        // a failure with no incident: opens a candidate, still unrestored
        correlating.correlate(deployment().number(11).startedAt(T0.plusSeconds(86400 * 6)).event());
        // a failure caught on a canary: a near-miss, not a change failure
        correlating.correlate(deployment().number(12).in("canary", EnvironmentType.STAGING).caughtBeforeProduction().event());

        DoraFigures f = dora.of("checkout", from, to);

        assertThat(f.productionDeployments()).isEqualTo(6);
        assertThat(f.successfulDeployments()).isEqualTo(4);
        assertThat(f.deploymentsPerDay()).isEqualTo(0.4);
        assertThat(f.failedDeployments()).isEqualTo(2);
        assertThat(f.failuresWithIncident()).isEqualTo(2);
        assertThat(f.changeFailureRate()).hasValue(0.3333);
        assertThat(f.timeToRestore()).hasValue(Duration.ofMinutes(30));
        assertThat(f.restoredIncidents()).isEqualTo(1);
        assertThat(f.leadTime()).hasValue(Duration.ofHours(3));
        assertThat(f.leadTimeSamples()).isEqualTo(2);
        assertThat(incidents.find(IncidentId.of(1))).isPresent();
    }

    @Test
    void a_period_without_deployments_has_no_rates() {
        DoraFigures f = dora.of("checkout", from, to);

        assertThat(f.productionDeployments()).isZero();
        assertThat(f.changeFailureRate()).isEmpty();
        assertThat(f.timeToRestore()).isEmpty();
        assertThat(f.leadTime()).isEmpty();
    }

    @Test
    void figures_are_given_per_service_and_in_total() {
        correlating.correlate(deployment().state(DeploymentState.SUCCESSFUL).event());
        correlating.correlate(deployment().service("billing").state(DeploymentState.SUCCESSFUL).event());

        Map<String, DoraFigures> all = dora.byService(from, to);

        assertThat(all).containsOnlyKeys("billing", "checkout", "*");
        assertThat(all.get("*").successfulDeployments()).isEqualTo(2);
    }
}
