package dev.noblame.kpi;

import static dev.noblame.fixtures.Actions.anAction;
import static dev.noblame.fixtures.Incidents.aNearMiss;
import static dev.noblame.fixtures.Incidents.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpisTest {
    private static final KpiPeriod MARCH = KpiPeriod.month(YearMonth.of(2026, 3), ZoneOffset.UTC);

    private static KpiData.Builder data() {
        return KpiData.builder(SlaPolicy.defaults()).asOf(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void mttr_is_the_median_and_p90_of_resolved_minus_started_and_leaves_open_incidents_out() {
        List<Incident> incidents = List.of(
                anIncident().id(1).resolvedAfter(Duration.ofMinutes(10)).build(),
                anIncident().id(2).resolvedAfter(Duration.ofMinutes(20)).build(),
                anIncident().id(3).resolvedAfter(Duration.ofMinutes(30)).build(),
                anIncident().id(4).status(IncidentStatus.INVESTIGATING).build());

        KpiFigures f = Kpis.total(data().incidents(incidents).build(), MARCH);

        assertThat(f.incidents()).isEqualTo(4);
        assertThat(f.timeToResolve().count()).isEqualTo(3);
        assertThat(f.timeToResolve().median()).isEqualTo(Duration.ofMinutes(20));
        assertThat(f.timeToResolve().p90()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void mttd_is_detected_minus_started() {
        Incident i = anIncident().detectedAfter(Duration.ofMinutes(7)).resolvedAfter(Duration.ofHours(1)).build();

        KpiFigures f = Kpis.total(data().incidents(List.of(i)).build(), MARCH);

        assertThat(f.timeToDetect().median()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void an_empty_group_has_no_rates_rather_than_a_division_by_zero() {
        KpiFigures f = Kpis.total(data().build(), MARCH);

        assertThat(f.incidents()).isZero();
        assertThat(f.actionsOnTimePercent()).isNull();
        assertThat(f.repeatIncidentRate()).isNull();
        assertThat(f.timeToResolve().median()).isNull();
        assertThat(f.delivery().changeFailureRate()).isNull();
    }

    @Test
    void a_rollup_by_team_counts_each_team_and_near_misses_separately() {
        List<Incident> incidents = List.of(
                anIncident().id(1).team("payments").build(),
                anIncident().id(2).team("payments").build(),
                anIncident().id(3).team("search").build(),
                aNearMiss().id(4).team("search").build());

        Rollup r = Kpis.rollup(data().incidents(incidents).build(), MARCH, Dimension.TEAM);

        assertThat(r.groups()).extracting(RollupRow::group).containsExactly("payments", "search");
        assertThat(r.groups().get(0).figures().incidents()).isEqualTo(2);
        assertThat(r.groups().get(1).figures().nearMisses()).isEqualTo(1);
        assertThat(r.total().incidents()).isEqualTo(3);
    }

    @Test
    void action_items_completed_on_time_is_the_share_of_due_items_done_by_their_due_date() {
        List<Incident> incidents = List.of(anIncident().id(1).build());
        var actions = List.of(
                anAction().id(1).due("2026-03-10").doneAt("2026-03-09T10:00:00Z").build(),
                anAction().id(2).due("2026-03-10").doneAt("2026-03-12T10:00:00Z").build(),
                anAction().id(3).due("2026-03-20").build(),
                anAction().id(4).due("2026-03-20").doneAt("2026-03-19T10:00:00Z").build());

        KpiFigures f = Kpis.total(data().incidents(incidents).actions(actions).build(), MARCH);

        assertThat(f.actionsDue()).isEqualTo(4);
        assertThat(f.actionsOnTime()).isEqualTo(2);
        assertThat(f.actionsOnTimePercent()).isEqualTo(50.0);
    }
}
