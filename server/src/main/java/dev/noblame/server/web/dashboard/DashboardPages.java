package dev.noblame.server.web.dashboard;

import dev.noblame.action.ActionItem;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.web.Web;
import dev.noblame.sla.ActionSla;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaPolicy;
import dev.noblame.sla.SlaState;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * KPIs for a period of whole months, rollups by one dimension, the charts, overdue actions and
 * the thank-you panel. The period is {@code ?from=2026-01&to=2026-06} (default: the last six
 * months including this one); the rollup dimension is {@code ?by=team}.
 *
 * <p>KPIs, rollups and charts come from the hub's KPI index (the one the API answers from), not
 * from an index of its own per page view. The thank-you panel reads only the period's incidents,
 * and remembers each postmortem's wording verdict until the postmortem changes, so a page over
 * 100,000 incidents does not lint every published write-up again.
 */
public final class DashboardPages {
    static final int DEFAULT_MONTHS = 6;
    static final int MAX_MONTHS = 36;
    static final int OVERDUE_SHOWN = 25;

    private final AppContext app;
    private final Web web;
    private final Supplier<SlaPolicy> policy;
    private final BlamelessLinter linter;
    private final Supplier<KpiData> index;
    private final WordingVerdicts wording;

    /** @param index the hub's current KPI index ({@code hub.insights()::data}) */
    public DashboardPages(AppContext app, Web web, Supplier<SlaPolicy> policy, BlamelessLinter linter, Supplier<KpiData> index) {
        this.app = app;
        this.web = web;
        this.policy = policy;
        this.linter = linter;
        this.index = index;
        this.wording = new WordingVerdicts(linter);
    }

    public void view(Context ctx) {
        if (!web.allow(ctx, Permission.READ)) {
            return;
        }
        SlaPolicy sla = policy.get();
        ZoneId zone = sla.defaultCalendarValue().zone();
        Instant now = app.clock().instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(zone));
        YearMonth from;
        YearMonth to;
        try {
            to = ctx.queryParam("to") == null || ctx.queryParam("to").isBlank() ? thisMonth : YearMonth.parse(ctx.queryParam("to"));
            from = ctx.queryParam("from") == null || ctx.queryParam("from").isBlank()
                    ? to.minusMonths(DEFAULT_MONTHS - 1) : YearMonth.parse(ctx.queryParam("from"));
        } catch (DateTimeParseException e) {
            web.problem(ctx, HttpStatus.BAD_REQUEST, "Unreadable period", "From and to are months like 2026-03.");
            return;
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            web.problem(ctx, HttpStatus.BAD_REQUEST, "Unusable period",
                    "The period must run forwards and cover at most " + MAX_MONTHS + " months (got " + from + " to " + to + ").");
            return;
        }
        String asked = ctx.queryParam("by");
        String by = asked != null && DashboardView.DIMENSIONS.contains(asked) ? asked : "service";
        KpiPeriod period = KpiPeriod.months(from, to, zone);

        KpiData data = index.get();
        List<Incident> incidents = app.incidentStore().between(period.from(), period.to());
        List<Postmortem> postmortems = app.postmortems().all();
        List<ActionItem> actions = app.actions().all();

        Map<IncidentId, Incident> byId = new HashMap<>();
        app.incidents().withIds(actions.stream().map(ActionItem::incident).collect(Collectors.toSet()))
                .forEach(i -> byId.put(i.id(), i));
        Map<IncidentId, List<ActionItem>> actionsByIncident = actions.stream().collect(Collectors.groupingBy(ActionItem::incident));
        DashboardView view = new DashboardView(from.toString(), to.toString(), by,
                Kpis.total(data, period),
                Kpis.rollup(data, period, Wire.parse(Dimension.class, by, "by")),
                DashboardCharts.of(Kpis.monthly(data, period), Kpis.rollup(data, period, Dimension.SERVICE)),
                overdue(sla, actions, byId, now),
                ThanksPanel.of(period, incidents, postmortems, id -> actionsByIncident.getOrDefault(id, List.of()), wording));
        web.render(ctx, "dashboard/dashboard.jte", web.page(ctx, "Dashboards", "dashboard"), "v", view);
    }

    private static List<DashboardView.Overdue> overdue(SlaPolicy sla, List<ActionItem> actions, Map<IncidentId, Incident> incidents,
                                                       Instant now) {
        SlaEvaluator evaluator = new SlaEvaluator(sla);
        Map<dev.noblame.action.ActionId, ActionItem> byId = new HashMap<>();
        actions.forEach(a -> byId.put(a.id(), a));
        List<ActionSla> evaluated = evaluator.evaluateAll(actions.stream().filter(a -> incidents.containsKey(a.incident())).toList(),
                id -> incidents.get(id).service(), now);
        return evaluated.stream().filter(s -> s.state() == SlaState.BREACHED)
                .sorted(Comparator.comparing(ActionSla::due))
                .limit(OVERDUE_SHOWN)
                .map(s -> {
                    ActionItem a = byId.get(s.action());
                    return new DashboardView.Overdue(s, a.title(), a.owner(), Duration.between(s.due(), now).toDays());
                })
                .toList();
    }
}
