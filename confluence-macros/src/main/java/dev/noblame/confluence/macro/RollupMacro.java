package dev.noblame.confluence.macro;

import static dev.noblame.confluence.markup.Nodes.cell;
import static dev.noblame.confluence.markup.Nodes.el;
import static dev.noblame.confluence.markup.Nodes.h2;
import static dev.noblame.confluence.markup.Nodes.p;
import static dev.noblame.confluence.markup.Nodes.table;
import static dev.noblame.confluence.markup.Nodes.text;

import dev.noblame.common.Wire;
import dev.noblame.confluence.markup.Node;
import dev.noblame.confluence.markup.Tag;
import dev.noblame.kpi.DurationStats;
import dev.noblame.kpi.KpiFigures;
import dev.noblame.kpi.Rollup;
import dev.noblame.kpi.RollupRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code rollup} macro: KPIs for a period grouped by service, team, vendor, release or
 * contributing-factor category (computed by {@code dev.noblame.kpi.Kpis}, since Confluence's page
 * properties report cannot count or chart), as a table with a total row, a bar chart of incidents
 * and near-misses per group, and a page properties report for drill-down.
 */
public final class RollupMacro {
    public static final String NAME = "rollup";
    /** More groups than this make an unreadable chart; the table still lists them all. */
    static final int CHART_GROUPS = 20;
    static final List<String> HEADINGS = List.of("Incidents", "Near-misses", "MTTD median (min)", "MTTD p90 (min)",
            "MTTR median (min)", "MTTR p90 (min)", "Repeat incidents", "Actions on time");

    private RollupMacro() {
    }

    public static Rendered render(String title, Rollup rollup, MacroContext ctx) {
        String by = by(rollup);
        List<Node> page = new ArrayList<>();
        page.add(p("Postmortem KPIs by " + by + ", " + Figures.period(rollup.period()) + " (UTC). MTTD is detected − started, "
                + "MTTR resolved − started; repeat incidents share a contributing factor with an incident of the previous 180 days."));
        List<String> headers = new ArrayList<>();
        headers.add(capitalise(by));
        headers.addAll(HEADINGS);
        List<List<List<Node>>> rows = new ArrayList<>();
        for (RollupRow row : rollup.groups()) {
            rows.add(cells(cell(row.group()), row.figures()));
        }
        rows.add(cells(List.of(el(Tag.STRONG, text("Total"))), rollup.total()));
        page.add(table(headers, rows));
        if (!rollup.groups().isEmpty()) {
            page.add(chart(rollup, by));
        }
        page.add(h2("Postmortems"));
        page.add(new Node.DetailsSummary(PostmortemIndexMacro.cql(ctx.space()), PostmortemIndexMacro.HEADINGS,
                dev.noblame.render.PageProperties.DETECTED, true, 50, List.of()));
        return new Rendered(title, page);
    }

    private static List<List<Node>> cells(List<Node> name, KpiFigures f) {
        return List.of(name,
                cell(Long.toString(f.incidents())),
                cell(Long.toString(f.nearMisses())),
                cell(Figures.minutes(f.timeToDetect(), DurationStats::median)),
                cell(Figures.minutes(f.timeToDetect(), DurationStats::p90)),
                cell(Figures.minutes(f.timeToResolve(), DurationStats::median)),
                cell(Figures.minutes(f.timeToResolve(), DurationStats::p90)),
                cell(f.repeatIncidents() + " (" + Figures.ratio(f.repeatIncidentRate()) + ")"),
                cell(f.actionsOnTime() + " of " + f.actionsDue() + " (" + Figures.percent(f.actionsOnTimePercent()) + ")"));
    }

    private static Node chart(Rollup rollup, String by) {
        List<RollupRow> shown = rollup.groups().subList(0, Math.min(CHART_GROUPS, rollup.groups().size()));
        List<String> groups = new ArrayList<>();
        List<Double> incidents = new ArrayList<>();
        List<Double> nearMisses = new ArrayList<>();
        for (RollupRow r : shown) {
            groups.add(r.group());
            incidents.add((double) r.figures().incidents());
            nearMisses.add((double) r.figures().nearMisses());
        }
        return new Node.Chart(Node.ChartType.BAR, "Incidents and near-misses by " + by, capitalise(by), groups,
                List.of(new Node.Series("Incidents", incidents), new Node.Series("Near-misses", nearMisses)));
    }

    static String by(Rollup rollup) {
        return Wire.name(rollup.dimension()).replace('_', ' ').replace("factor category", "contributing-factor category");
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
