package dev.noblame.kpi;

import static dev.noblame.fixtures.Incidents.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.deployment.Commit;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.IncidentId;
import dev.noblame.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryKpisTest {
    private static final KpiPeriod MARCH = KpiPeriod.month(YearMonth.of(2026, 3), ZoneOffset.UTC);

    private static Deployment deployment(String id, String service, EnvironmentType env, DeploymentState state, String started,
                                         List<Commit> commits) {
        Instant s = Instant.parse(started);
        return new Deployment(id, "deploy-" + service, 1, "https://ci.example/job/" + id + "/1/", service, env.name().toLowerCase(),
                env, state, commits, List.of(), 0, s, s.plus(Duration.ofMinutes(10)));
    }

    @Test
    void change_failure_rate_counts_failed_or_rolled_back_production_deployments_that_caused_an_incident() {
        var incident = anIncident().id(1).startedAt("2026-03-05T10:20:00Z").mitigatedAfter(Duration.ofMinutes(40)).build();
        var deployments = List.of(
                deployment("d1", "checkout", EnvironmentType.PRODUCTION, DeploymentState.SUCCESSFUL, "2026-03-02T10:00:00Z", List.of()),
                deployment("d2", "checkout", EnvironmentType.PRODUCTION, DeploymentState.ROLLED_BACK, "2026-03-05T10:00:00Z", List.of()),
                deployment("d3", "checkout", EnvironmentType.PRODUCTION, DeploymentState.FAILED, "2026-03-06T10:00:00Z", List.of()),
                deployment("d4", "checkout", EnvironmentType.PRODUCTION, DeploymentState.SUCCESSFUL, "2026-03-07T10:00:00Z", List.of()),
                deployment("s1", "checkout", EnvironmentType.STAGING, DeploymentState.FAILED, "2026-03-07T11:00:00Z", List.of()));
        KpiData data = KpiData.builder(SlaPolicy.defaults()).incidents(List.of(incident)).deployments(deployments)
                .causedBy("d2", IncidentId.of(1)).asOf(Instant.parse("2026-04-01T00:00:00Z")).build();

        DeliveryFigures f = Kpis.total(data, MARCH).delivery();

        assertThat(f.productionDeployments()).as("staging is not counted").isEqualTo(4);
        assertThat(f.changeFailures()).as("d3 failed but caused no incident").isEqualTo(1);
        assertThat(f.changeFailureRate()).isEqualTo(0.25);
        assertThat(f.deploymentsPerDay()).isEqualTo(4 / 31.0);
        // d2 finished 10:10; its incident was mitigated at 10:20 + 40 min = 11:00.
        assertThat(f.timeToRestore().median()).isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void a_deployment_whose_build_is_linked_from_an_incident_counts_as_its_cause() {
        var d = deployment("d9", "search", EnvironmentType.PRODUCTION, DeploymentState.FAILED, "2026-03-05T10:00:00Z", List.of());
        var incident = anIncident().id(1).service("search").buildUrl(d.buildUrl()).build();

        KpiData data = KpiData.builder(SlaPolicy.defaults()).incidents(List.of(incident)).deployments(List.of(d)).build();

        assertThat(Kpis.total(data, MARCH).delivery().changeFailureRate()).isEqualTo(1.0);
    }

    @Test
    void lead_time_runs_from_the_earliest_known_commit_to_the_end_of_a_successful_deployment() {
        var commits = List.of(new Commit("a1", "fix", Instant.parse("2026-03-04T10:00:00Z")), new Commit("b2", "more", null),
                new Commit("c3", "later", Instant.parse("2026-03-05T08:00:00Z")));
        var d = deployment("d1", "checkout", EnvironmentType.PRODUCTION, DeploymentState.SUCCESSFUL, "2026-03-05T09:50:00Z", commits);

        KpiData data = KpiData.builder(SlaPolicy.defaults()).deployments(List.of(d)).build();

        assertThat(Kpis.total(data, MARCH).delivery().leadTime().median()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void delivery_figures_appear_per_service_but_not_per_team() {
        var d = deployment("d1", "checkout", EnvironmentType.PRODUCTION, DeploymentState.SUCCESSFUL, "2026-03-05T09:50:00Z", List.of());
        KpiData data = KpiData.builder(SlaPolicy.defaults()).incidents(List.of(anIncident().build())).deployments(List.of(d)).build();

        assertThat(Kpis.rollup(data, MARCH, Dimension.SERVICE).groups().get(0).figures().delivery().productionDeployments()).isEqualTo(1);
        assertThat(Kpis.rollup(data, MARCH, Dimension.TEAM).groups().get(0).figures().delivery()).isNull();
    }
}
