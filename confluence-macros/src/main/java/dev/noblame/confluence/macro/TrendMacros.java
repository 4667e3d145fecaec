package dev.noblame.confluence.macro;

import static dev.noblame.confluence.markup.Nodes.cell;
import static dev.noblame.confluence.markup.Nodes.p;
import static dev.noblame.confluence.markup.Nodes.table;

import dev.noblame.confluence.markup.Node;
import dev.noblame.kpi.DurationStats;
import dev.noblame.kpi.KpiFigures;
import dev.noblame.kpi.MonthlyPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The {@code kpi-trend} and {@code near-miss-trend} macros: monthly series (from
 * {@code Kpis.monthly}) as {@code chart} macros over a data table in storage format, and as inline
 * SVG in the preview.
 */
public final class TrendMacros {
    public static final String KPI_TREND = "kpi-trend";
    public static final String NEAR_MISS_TREND = "near-miss-trend";

    private TrendMacros() {
    }

    /** Incidents and near-misses per month (bars), MTTD and MTTR medians (lines), and the monthly table. */
    public static Rendered kpiTrend(String title, List<MonthlyPoint> months) {
        List<String> labels = labels(months);
        List<Node> page = new ArrayList<>();
        page.add(p("Monthly postmortem KPIs (months in UTC unless configured otherwise)."));
        page.add(new Node.Chart(Node.ChartType.BAR, "Incidents and near-misses per month", "Month", labels, List.of(
                series("Incidents", months, f -> f.incidents()),
                series("Near-misses", months, f -> f.nearMisses()))));
        page.add(new Node.Chart(Node.ChartType.LINE, "Time to detect and resolve (median minutes)", "Month", labels, List.of(
                series("MTTD median", months, f -> Figures.minutesValue(f.timeToDetect(), DurationStats::median)),
                series("MTTR median", months, f -> Figures.minutesValue(f.timeToResolve(), DurationStats::median)))));
        List<List<List<Node>>> rows = new ArrayList<>();
        for (MonthlyPoint m : months) {
            KpiFigures f = m.figures();
            rows.add(List.of(cell(m.month().toString()), cell(Long.toString(f.incidents())), cell(Long.toString(f.nearMisses())),
                    cell(Figures.minutes(f.timeToDetect(), DurationStats::median)),
                    cell(Figures.minutes(f.timeToResolve(), DurationStats::median)),
                    cell(Figures.minutes(f.timeToResolve(), DurationStats::p90)),
                    cell(Figures.ratio(f.repeatIncidentRate())), cell(Figures.percent(f.actionsOnTimePercent()))));
        }
        page.add(table(List.of("Month", "Incidents", "Near-misses", "MTTD median (min)", "MTTR median (min)", "MTTR p90 (min)",
                "Repeat rate", "Actions on time"), rows));
        return new Rendered(title, page);
    }

    /**
     * Near-miss reports per month, one line per group (or one line for everything). A rising line
     * is good news: people are reporting what nearly happened.
     */
    public static Rendered nearMissTrend(String title, Map<String, List<MonthlyPoint>> byGroup) {
        List<MonthlyPoint> first = byGroup.values().stream().findFirst().orElse(List.of());
        List<String> labels = labels(first);
        List<Node.Series> series = new ArrayList<>();
        List<List<List<Node>>> rows = new ArrayList<>();
        for (Map.Entry<String, List<MonthlyPoint>> e : byGroup.entrySet()) {
            Node.Series s = series(e.getKey(), e.getValue(), f -> f.nearMisses());
            series.add(s);
        }
        for (int i = 0; i < labels.size(); i++) {
            List<List<Node>> row = new ArrayList<>();
            row.add(cell(labels.get(i)));
            for (Node.Series s : series) {
                row.add(cell(Long.toString(Math.round(s.values().get(i)))));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        headers.add("Month");
        byGroup.keySet().forEach(headers::add);
        List<Node> page = new ArrayList<>();
        page.add(p("Near-miss reports per month. More reports mean people feel safe to say what nearly went wrong."));
        page.add(new Node.Chart(Node.ChartType.LINE, "Near-miss reports per month", "Month", labels, series));
        page.add(table(headers, rows));
        return new Rendered(title, page);
    }

    private static List<String> labels(List<MonthlyPoint> months) {
        return months.stream().map(m -> m.month().toString()).toList();
    }

    private static Node.Series series(String name, List<MonthlyPoint> months, ToDoubleFunction<KpiFigures> value) {
        List<Double> values = new ArrayList<>(months.size());
        for (MonthlyPoint m : months) {
            values.add(value.applyAsDouble(m.figures()));
        }
        return new Node.Series(name, values);
    }
}
