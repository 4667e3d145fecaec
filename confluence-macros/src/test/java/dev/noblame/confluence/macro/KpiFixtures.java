package dev.noblame.confluence.macro;

import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.kpi.MonthlyPoint;
import dev.noblame.kpi.Rollup;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.sla.SlaPolicy;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** KPI inputs built from postmortem documents with the domain's own KPI code. */
final class KpiFixtures {
    static final KpiPeriod Q1 = KpiPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 3), ZoneOffset.UTC);

    private KpiFixtures() {
    }

    static KpiData data(List<PostmortemDocument> docs) {
        return KpiData.builder(SlaPolicy.defaults()).asOf(Instant.parse("2026-06-01T00:00:00Z"))
                .incidents(docs.stream().map(PostmortemDocument::incident).toList())
                .postmortems(docs.stream().map(PostmortemDocument::postmortem).toList())
                .actions(docs.stream().flatMap(d -> d.actions().stream()).toList())
                .build();
    }

    static Rollup rollup(List<PostmortemDocument> docs, Dimension by) {
        return Kpis.rollup(data(docs), Q1, by);
    }

    static List<MonthlyPoint> monthly(List<PostmortemDocument> docs) {
        return Kpis.monthly(data(docs), Q1);
    }

    static Map<String, List<MonthlyPoint>> monthlyBy(List<PostmortemDocument> docs, Dimension by) {
        return Kpis.monthly(data(docs), Q1, by);
    }
}
