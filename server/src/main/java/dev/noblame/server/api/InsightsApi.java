package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.noblame.common.ValidationException;
import dev.noblame.kpi.DeliveryFigures;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.DurationStats;
import dev.noblame.kpi.KpiFigures;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.kpi.Rollup;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.insights.Insights;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** KPIs and rollups (DESIGN §3). Durations are in seconds; rates are fractions (0..1) or null. */
final class InsightsApi {
    static final Duration DEFAULT_SPAN = Duration.ofDays(180);
    private final AppContext app;
    private final Insights insights;

    InsightsApi(AppContext app, Insights insights) {
        this.app = app;
        this.insights = insights;
    }

    void routes() {
        get("/kpis", this::kpis, Permission.READ);
        get("/rollups", this::rollups, Permission.READ);
    }

    private KpiPeriod period(Context ctx) {
        Instant to = Params.instant(ctx, "to");
        Instant from = Params.instant(ctx, "from");
        Instant end = to == null ? app.clock().instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_SPAN) : from;
        if (!start.isBefore(end)) {
            throw ValidationException.field("from", "must be before to");
        }
        return KpiPeriod.of(start, end);
    }

    private void kpis(Context ctx) {
        KpiPeriod period = period(ctx);
        Insights.Snapshot snapshot = insights.current();
        var data = snapshot.data();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", period.from());
        out.put("to", period.to());
        freshness(out, snapshot);
        out.put("total", figures(Kpis.total(data, period)));
        out.put("monthly", Kpis.monthly(data, period).stream()
                .map(p -> Map.of("month", p.month().toString(), "figures", figures(p.figures()))).toList());
        ctx.json(out);
    }

    private void rollups(Context ctx) {
        String by = ctx.queryParam("by");
        Dimension dimension = dimension(by);
        KpiPeriod period = period(ctx);
        Insights.Snapshot snapshot = insights.current();
        Rollup rollup = Kpis.rollup(snapshot.data(), period, dimension);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("by", by.strip().toLowerCase(java.util.Locale.ROOT));
        out.put("from", period.from());
        out.put("to", period.to());
        freshness(out, snapshot);
        out.put("total", figures(rollup.total()));
        out.put("groups", rollup.groups().stream()
                .map(g -> Map.of("group", g.group(), "figures", figures(g.figures()))).toList());
        ctx.json(out);
    }

    /**
     * How fresh the figures are: the index is as of {@code asOf}; {@code changesPending} says that
     * changes recorded since are not counted yet (a refresh is under way).
     */
    private static void freshness(Map<String, Object> out, Insights.Snapshot snapshot) {
        out.put("asOf", snapshot.asOf());
        out.put("changesPending", snapshot.changesPending());
    }

    static Dimension dimension(String by) {
        if (by == null || by.isBlank()) {
            throw ValidationException.field("by", "is required: service|team|vendor|release|category");
        }
        return switch (by.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "service" -> Dimension.SERVICE;
            case "team" -> Dimension.TEAM;
            case "vendor" -> Dimension.VENDOR;
            case "release" -> Dimension.RELEASE;
            case "category", "factor_category" -> Dimension.FACTOR_CATEGORY;
            default -> throw ValidationException.field("by", "must be one of service|team|vendor|release|category (got '" + by + "')");
        };
    }

    static Map<String, Object> figures(KpiFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incidents", f.incidents());
        m.put("nearMisses", f.nearMisses());
        m.put("nearMissesPerMonth", f.nearMissesPerMonth());
        m.put("timeToDetect", stats(f.timeToDetect()));
        m.put("timeToMitigate", stats(f.timeToMitigate()));
        m.put("timeToResolve", stats(f.timeToResolve()));
        m.put("actionsDue", f.actionsDue());
        m.put("actionsOnTime", f.actionsOnTime());
        m.put("actionsOnTimePercent", f.actionsOnTimePercent());
        m.put("repeatIncidents", f.repeatIncidents());
        m.put("repeatIncidentRate", f.repeatIncidentRate());
        DeliveryFigures d = f.delivery();
        if (d == null) {
            m.put("delivery", null);
        } else {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("productionDeployments", d.productionDeployments());
            dm.put("changeFailures", d.changeFailures());
            dm.put("changeFailureRate", d.changeFailureRate());
            dm.put("deploymentsPerDay", d.deploymentsPerDay());
            dm.put("timeToRestore", stats(d.timeToRestore()));
            dm.put("leadTime", stats(d.leadTime()));
            m.put("delivery", dm);
        }
        return m;
    }

    static Map<String, Object> stats(DurationStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s == null ? 0 : s.count());
        m.put("meanSeconds", s == null ? null : seconds(s.mean()));
        m.put("medianSeconds", s == null ? null : seconds(s.median()));
        m.put("p90Seconds", s == null ? null : seconds(s.p90()));
        return m;
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }
}
