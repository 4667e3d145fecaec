package dev.noblame.kpi;

import static dev.noblame.fixtures.Actions.anAction;
import static dev.noblame.fixtures.Incidents.aNearMiss;
import static dev.noblame.fixtures.Incidents.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentKpisTest {
    private static final KpiPeriod YEAR = KpiPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 12), ZoneOffset.UTC);

    private static Postmortem withFactors(long incident, ContributingFactor... factors) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return Postmortem.start(IncidentId.of(incident), t).withFactors(List.of(factors), "author", t);
    }

    private static KpiData.Builder data() {
        return KpiData.builder(SlaPolicy.defaults()).asOf(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void an_incident_whose_factor_category_and_tag_match_an_earlier_one_within_180_days_is_a_repeat() {
        var first = anIncident().id(1).startedAt("2026-01-10T00:00:00Z").build();
        var repeat = anIncident().id(2).startedAt("2026-05-10T00:00:00Z").build();      // 120 days later
        var tooLate = anIncident().id(3).startedAt("2026-12-01T00:00:00Z").build();     // 205 days after #2
        var otherTag = anIncident().id(4).startedAt("2026-01-20T00:00:00Z").build();
        KpiData d = data().incidents(List.of(first, repeat, tooLate, otherTag)).postmortems(List.of(
                withFactors(1, ContributingFactor.of(FactorCategory.TECHNOLOGY, "manual failover", "workaround")),
                withFactors(2, ContributingFactor.of(FactorCategory.TECHNOLOGY, "manual failover again", "workaround")),
                withFactors(3, ContributingFactor.of(FactorCategory.TECHNOLOGY, "manual failover", "workaround")),
                withFactors(4, ContributingFactor.of(FactorCategory.PROCESS, "skipped review", "workaround")))).build();

        KpiFigures f = Kpis.total(d, YEAR);

        assertThat(f.repeatIncidents()).isEqualTo(1);
        assertThat(f.repeatIncidentRate()).isEqualTo(0.25);
    }

    @Test
    void by_factor_category_an_incident_counts_in_each_category_it_names_and_none_when_it_names_none() {
        KpiData d = data().incidents(List.of(anIncident().id(1).build(), anIncident().id(2).build()))
                .postmortems(List.of(withFactors(1, ContributingFactor.of(FactorCategory.PROCESS, "no canary"),
                        ContributingFactor.of(FactorCategory.VENDOR, "CDN outage")))).build();

        Rollup r = Kpis.rollup(d, YEAR, Dimension.FACTOR_CATEGORY);

        assertThat(r.groups()).extracting(RollupRow::group).containsExactlyInAnyOrder("process", "vendor", Rollup.NONE);
        assertThat(r.total().incidents()).isEqualTo(2);
    }

    @Test
    void dismissed_reports_are_not_counted() {
        KpiData d = data().incidents(List.of(anIncident().id(1).build(), anIncident().id(2).status(IncidentStatus.DISMISSED).build()))
                .build();

        assertThat(Kpis.total(d, YEAR).incidents()).isEqualTo(1);
    }

    @Test
    void near_misses_per_month_divide_by_the_length_of_the_period() {
        KpiData d = data().incidents(List.of(aNearMiss().id(1).build(), aNearMiss().id(2).build(), aNearMiss().id(3).build())).build();

        assertThat(Kpis.total(d, YEAR).nearMissesPerMonth()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void actions_not_yet_due_and_not_done_are_not_judged() {
        KpiData d = KpiData.builder(SlaPolicy.defaults()).asOf(Instant.parse("2026-03-15T00:00:00Z"))
                .incidents(List.of(anIncident().build()))
                .actions(List.of(anAction().id(1).due("2026-03-10").build(), anAction().id(2).due("2026-03-20").build())).build();

        KpiFigures f = Kpis.total(d, KpiPeriod.month(YearMonth.of(2026, 3), ZoneOffset.UTC));

        assertThat(f.actionsDue()).isEqualTo(1);
        assertThat(f.actionsOnTimePercent()).isEqualTo(0.0);
    }

    @Test
    void the_monthly_series_per_group_has_a_point_for_every_month() {
        KpiData d = data().incidents(List.of(
                anIncident().id(1).team("payments").startedAt("2026-01-15T00:00:00Z").resolvedAfter(Duration.ofHours(1)).build(),
                anIncident().id(2).team("search").startedAt("2026-03-15T00:00:00Z").build())).build();

        Map<String, List<MonthlyPoint>> series = Kpis.monthly(d, KpiPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                ZoneOffset.UTC), Dimension.TEAM);

        assertThat(series.keySet()).containsExactlyInAnyOrder("payments", "search");
        assertThat(series.get("payments")).extracting(p -> p.figures().incidents()).containsExactly(1L, 0L, 0L);
        assertThat(series.get("search")).extracting(MonthlyPoint::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    }
}
