package dev.noblame.server.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.common.DomainEvent;
import dev.noblame.incident.Impact;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.server.AppContext;
import dev.noblame.server.support.RunningHub;
import dev.noblame.server.usecase.AddingActionItem;
import dev.noblame.server.usecase.EditingPostmortem;
import dev.noblame.server.usecase.ReportingIncident;
import dev.noblame.server.usecase.TransitioningAction;
import dev.noblame.server.usecase.TransitioningIncident;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's KPI index on H2, fed by the real use cases and their events. */
class InsightsOnDatabaseTest {
    @TempDir
    Path dir;
    private RunningHub running;
    private AppContext app;

    @BeforeEach
    void start() {
        running = RunningHub.start(dir);
        app = running.hub.app();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void a_change_counts_only_once_its_transaction_commits() {
        Changes changes = new Changes(app.tx());

        app.tx().run(() -> {
            changes.record(DomainEvent.of("incident.updated", "INC-7", Instant.now()));
            assertThat(changes.isEmpty()).as("not committed yet").isTrue();
        });

        assertThat(changes.drain().incidents()).containsExactly(IncidentId.of(7));
    }

    @Test
    void a_change_rolled_back_never_counts() {
        Changes changes = new Changes(app.tx());

        assertThatThrownBy(() -> app.tx().run(() -> {
            changes.record(DomainEvent.of("incident.updated", "INC-7", Instant.now()));
            throw new IllegalStateException("the use case failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void events_of_actions_postmortems_and_deployments_name_what_changed() {
        assertThat(Changes.incidentOf("INC-12/ACT-3")).contains(IncidentId.of(12));
        assertThat(Changes.incidentOf("INC-12")).contains(IncidentId.of(12));
        assertThat(Changes.incidentOf("service:checkout")).isEmpty();
        assertThat(Changes.incidentOf("INC-x")).isEmpty();
    }

    @Test
    void the_hub_index_follows_the_use_cases_and_equals_a_fresh_read_of_the_database() {
        Insights insights = running.hub.insights();
        IncidentId first = report("checkout", "platform", false);
        IncidentId second = report("search", "trust", false);
        report("checkout", "trust", true);
        insights.current();

        new TransitioningIncident(app).handle(new TransitioningIncident.Command(first, IncidentStatus.RESOLVED, null, "alex"));
        new EditingPostmortem(app).handle(new EditingPostmortem.Command(second, null,
                List.of(new ContributingFactor(FactorCategory.PROCESS, "no review", Set.of("review"))), null, "alex"));
        var action = new AddingActionItem(app).handle(new AddingActionItem.Command(second, "add review", "sam",
                LocalDate.now(ZoneOffset.UTC).minusDays(1), null, ActionClass.PREVENT, ActionPriority.NORMAL, null, "alex"));
        new TransitioningAction(app).handle(new TransitioningAction.Command(action.id(), ActionState.DONE, null, "sam"));
        report("search", "trust", false);

        Insights.Snapshot kept = insights.current();
        KpiData fresh = KpiFacts.read(KpiSources.of(app)).index(app.slaPolicy(), kept.asOf());

        assertThat(kept.data().incidentCount()).isEqualTo(4);
        assertThat(kept.data().actionCount()).isEqualTo(1);
        KpiPeriod period = KpiPeriod.of(kept.asOf().minus(Duration.ofDays(30)), kept.asOf().plus(Duration.ofDays(1)));
        for (Dimension d : Dimension.values()) {
            assertThat(Kpis.rollup(kept.data(), period, d)).as(d.name()).isEqualTo(Kpis.rollup(fresh, period, d));
        }
        assertThat(Kpis.total(kept.data(), period).timeToResolve().count()).isEqualTo(1);
    }

    @Test
    void reports_committed_together_in_one_transaction_all_reach_the_index() {
        Insights insights = running.hub.insights();
        insights.current();

        app.tx().run(() -> {
            for (int i = 0; i < 5; i++) {
                report("checkout", "platform", i % 2 == 0);
            }
        });

        assertThat(insights.current().data().incidentCount()).isEqualTo(5);
    }

    private IncidentId report(String service, String team, boolean nearMiss) {
        return new ReportingIncident(app).handle(new ReportingIncident.Command(new Report(
                nearMiss ? IncidentKind.NEAR_MISS : IncidentKind.INCIDENT, "it broke", Instant.now().minusSeconds(3600), service,
                nearMiss ? Severity.SEV4 : Severity.SEV2, team, "production", Reporter.anonymous(), Impact.NONE))).id();
    }
}
