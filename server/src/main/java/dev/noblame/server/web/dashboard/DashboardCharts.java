package dev.noblame.server.web.dashboard;

import dev.noblame.kpi.MonthlyPoint;
import dev.noblame.kpi.Rollup;
import dev.noblame.kpi.RollupRow;
import dev.noblame.server.web.Format;
import dev.noblame.server.web.chart.BarChart;
import dev.noblame.server.web.chart.Chart;
import dev.noblame.server.web.chart.LineChart;
import dev.noblame.server.web.chart.Series;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The three dashboard charts, from the KPI figures. */
final class DashboardCharts {
    private DashboardCharts() {
    }

    static List<DashboardView.Chart> of(List<MonthlyPoint> months, Rollup byService) {
        List<String> labels = months.stream()
                .map(m -> m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + (m.month().getYear() % 100))
                .toList();
        List<DashboardView.Chart> out = new ArrayList<>();

        Chart perMonth = Chart.of("chart-reports", "Incidents and near-misses per month",
                "Incidents and near-miss reports that started in each month of the period.", labels,
                List.of(series("Incidents", months.stream().map(m -> (double) m.figures().incidents()).toList()),
                        series("Near-misses", months.stream().map(m -> (double) m.figures().nearMisses()).toList())));
        out.add(new DashboardView.Chart(perMonth.id(), perMonth.title(), LineChart.render(perMonth)));

        List<RollupRow> services = byService.groups().stream().filter(r -> r.figures().timeToResolve().count() > 0)
                .limit(12).toList();
        Chart mttr = Chart.of("chart-mttr", "MTTR by service", "Mean time from start to resolution, in hours, per service.",
                services.stream().map(RollupRow::group).toList(),
                List.of(series("MTTR (hours)", services.stream().map(r -> hours(r.figures().timeToResolve().mean())).toList())))
                .withFormat(Format::hours);
        out.add(new DashboardView.Chart(mttr.id(), mttr.title(), BarChart.render(mttr)));

        Chart actions = Chart.of("chart-actions", "Action items on time vs late",
                "Action items due in each month: completed by their due date, and late or still open past it.", labels,
                List.of(series("On time", months.stream().map(m -> (double) m.figures().actionsOnTime()).toList()),
                        series("Late", months.stream().map(m -> (double) (m.figures().actionsDue() - m.figures().actionsOnTime())).toList())));
        out.add(new DashboardView.Chart(actions.id(), actions.title(), BarChart.render(actions)));
        return out;
    }

    private static Series series(String name, List<Double> values) {
        return new Series(name, values);
    }

    private static Double hours(Duration d) {
        return d == null ? null : d.toMinutes() / 60.0;
    }
}
