package dev.noblame.jenkins.dora;

import static dev.noblame.jenkins.Fixtures.T0;
import static dev.noblame.jenkins.Fixtures.deployment;
import static dev.noblame.jenkins.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noblame.deployment.Commit;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.kpi.DeliveryFigures;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.sla.SlaPolicy;
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
    private final MeasuringDora dora = new MeasuringDora(deployments, correlations, incidents, SlaPolicy.defaults(),
            Clock.fixed(T0.plusSeconds(86400 * 10), ZoneOffset.UTC));
    private final KpiPeriod period = KpiPeriod.of(T0.minusSeconds(86400), T0.plusSeconds(86400 * 9));

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

        DeliveryFigures f = dora.of("checkout", period);

        assertThat(f.productionDeployments()).isEqualTo(6);
        assertThat(f.deploymentsPerDay()).isEqualTo(0.6);
        assertThat(f.changeFailures()).isEqualTo(2);
        assertThat(f.changeFailureRate()).isCloseTo(1 / 3.0, within(1e-9));
        // restored 36 minutes after the failed deploy finished (10:04 → 10:40); the candidate is still open
        assertThat(f.timeToRestore().count()).isEqualTo(1);
        assertThat(f.timeToRestore().median()).isEqualTo(Duration.ofMinutes(36));
        assertThat(f.leadTime().count()).isEqualTo(2);
        assertThat(f.leadTime().mean()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void a_period_without_deployments_has_no_rates() {
        DeliveryFigures f = dora.of("checkout", period);

        assertThat(f.productionDeployments()).isZero();
        assertThat(f.changeFailureRate()).isNull();
        assertThat(f.timeToRestore().count()).isZero();
        assertThat(f.leadTime().count()).isZero();
    }

    @Test
    void figures_are_given_per_service_and_in_total() {
        correlating.correlate(deployment().state(DeploymentState.SUCCESSFUL).event());
        correlating.correlate(deployment().service("billing").state(DeploymentState.SUCCESSFUL).event());

        Map<String, DeliveryFigures> all = dora.byService(period);

        assertThat(all).containsOnlyKeys("billing", "checkout", "*");
        assertThat(all.get("*").productionDeployments()).isEqualTo(2);
        assertThat(all.get("billing").productionDeployments()).isEqualTo(1);
    }

    @Test
    void near_misses_and_suspects_are_no_causes() {
        correlating.correlate(deployment().number(1).state(DeploymentState.ROLLED_BACK).caughtBeforeProduction().event());
        incidents.save(incident(50).startedMinutesAfterT0(300).build());
        correlating.correlate(deployment().number(2).state(DeploymentState.SUCCESSFUL).startedAt(T0.plusSeconds(3600 * 4)).event());

        assertThat(MeasuringDora.causes(correlations, deployments.startedBetween(period.from(), period.to()))).isEmpty();
        assertThat(dora.of("checkout", period).changeFailures()).isZero();
    }
}
