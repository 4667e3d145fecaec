package dev.noblame.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionItem;
import dev.noblame.fixtures.Actions;
import dev.noblame.fixtures.Incidents;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RollupProperties {
    private static final String[] SERVICES = {"checkout", "search", "ledger", null};
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private static KpiData randomData(long seed, int n) {
        Random r = new Random(seed);
        List<Incident> incidents = new ArrayList<>();
        List<Postmortem> postmortems = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant start = BASE.plus(Duration.ofHours(r.nextInt(24 * 200)));
            Incidents b = r.nextInt(5) == 0 ? Incidents.aNearMiss() : Incidents.anIncident();
            b.id(i).startedAt(start).service(pick(r, SERVICES, "checkout")).team(pick(r, SERVICES, null))
                    .vendor(pick(r, SERVICES, null)).release(r.nextBoolean() ? "v" + r.nextInt(4) : null);
            if (r.nextBoolean()) {
                b.resolvedAfter(Duration.ofMinutes(1 + r.nextInt(600)));
            }
            incidents.add(b.build());
            List<ContributingFactor> factors = new ArrayList<>();
            for (int f = r.nextInt(3); f > 0; f--) {
                factors.add(ContributingFactor.of(FactorCategory.values()[r.nextInt(5)], "a condition", "tag" + r.nextInt(3)));
            }
            postmortems.add(Postmortem.start(IncidentId.of(i), start).withFactors(factors, "author", start));
            for (int a = r.nextInt(3); a > 0; a--) {
                Actions ab = Actions.anAction().id(actions.size() + 1).ofIncident(i).due(null).createdAt(start);
                if (r.nextBoolean()) {
                    ab.doneAt(start.plus(Duration.ofDays(r.nextInt(120))));
                }
                actions.add(ab.build());
            }
        }
        return KpiData.builder(SlaPolicy.defaults()).incidents(incidents).postmortems(postmortems).actions(actions)
                .asOf(BASE.plus(Duration.ofDays(400))).build();
    }

    private static String pick(Random r, String[] values, String orElse) {
        String v = values[r.nextInt(values.length)];
        return v == null ? orElse : v;
    }

    @Property(tries = 60)
    void a_rollups_group_counts_sum_to_the_total(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int n) {
        KpiData data = randomData(seed, n);
        KpiPeriod period = KpiPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 12), ZoneOffset.UTC);

        for (Dimension d : List.of(Dimension.SERVICE, Dimension.TEAM, Dimension.VENDOR, Dimension.RELEASE)) {
            Rollup r = Kpis.rollup(data, period, d);
            assertThat(r.groups().stream().mapToLong(g -> g.figures().incidents()).sum()).as(d.name()).isEqualTo(r.total().incidents());
            assertThat(r.groups().stream().mapToLong(g -> g.figures().nearMisses()).sum()).isEqualTo(r.total().nearMisses());
            assertThat(r.groups().stream().mapToLong(g -> g.figures().actionsDue()).sum()).isEqualTo(r.total().actionsDue());
            assertThat(r.groups().stream().mapToLong(g -> g.figures().repeatIncidents()).sum()).isEqualTo(r.total().repeatIncidents());
        }
    }

    @Property(tries = 60)
    void by_factor_category_every_incident_is_in_at_least_one_group(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int n) {
        KpiData data = randomData(seed, n);
        KpiPeriod period = KpiPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 12), ZoneOffset.UTC);

        Rollup r = Kpis.rollup(data, period, Dimension.FACTOR_CATEGORY);

        assertThat(r.groups().stream().mapToLong(g -> g.figures().incidents()).sum()).isGreaterThanOrEqualTo(r.total().incidents());
    }

    @Property(tries = 40)
    void monthly_counts_sum_to_the_period_total(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int n) {
        KpiData data = randomData(seed, n);
        KpiPeriod period = KpiPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 12), ZoneOffset.UTC);

        List<MonthlyPoint> series = Kpis.monthly(data, period);

        assertThat(series).hasSize(12);
        assertThat(series.stream().mapToLong(p -> p.figures().incidents()).sum()).isEqualTo(Kpis.total(data, period).incidents());
    }
}
