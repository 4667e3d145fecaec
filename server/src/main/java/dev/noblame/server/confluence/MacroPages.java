package dev.noblame.server.confluence;

import dev.noblame.action.ActionItem;
import dev.noblame.common.ValidationException;
import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.macro.ActionItemsMacro;
import dev.noblame.confluence.macro.MacroContext;
import dev.noblame.confluence.macro.PostmortemIndexMacro;
import dev.noblame.confluence.macro.PostmortemMacro;
import dev.noblame.confluence.macro.Rendered;
import dev.noblame.confluence.macro.RollupMacro;
import dev.noblame.confluence.macro.TrendMacros;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.kpi.MonthlyPoint;
import dev.noblame.redaction.Redactor;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.RedactedPostmortem;
import dev.noblame.server.AppContext;
import dev.noblame.server.Hub;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.usecase.NotFoundException;
import dev.noblame.sla.SlaEvaluator;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /macros/{name}?…}: the HTML preview of a macro, styled like a Confluence page, or
 * with {@code ?format=storage} its storage format. Postmortem content is redacted as it would be
 * when published. Names: postmortem ({@code incident}), action-items ({@code service|team|incident}), rollup ({@code by}, {@code from}, {@code to}), kpi-trend and
 * near-miss-trend ({@code from}, {@code to}; near-miss-trend also {@code by}), postmortem-index.
 * Action items are judged by the hub's SLA policy.
 * Dates are {@code YYYY-MM-DD}, inclusive; the default period is the last 90 days (trends: 12 months).
 */
public final class MacroPages {
    private final AppContext app;
    private final Hub hub;
    private final ConfluenceIntegration integration;
    private final PostmortemDocuments documents;
    private final Redactor redactor;

    private MacroPages(Hub hub) {
        this.hub = hub;
        this.app = hub.app();
        this.integration = hub.integrations().all().stream().filter(ConfluenceIntegration.class::isInstance)
                .map(ConfluenceIntegration.class::cast).findFirst().orElse(null);
        this.documents = new PostmortemDocuments(app);
        this.redactor = ConfluenceIntegration.redactor(app);
    }

    public static MacroPages of(Hub hub) {
        return new MacroPages(hub);
    }

    public void configure(JavalinConfig config) {
        config.routes.get("/macros/{name}", this::show, Permission.READ);
    }

    void show(Context ctx) {
        Rendered r = render(ctx.pathParam("name"), ctx);
        if ("storage".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/plain; charset=utf-8").result(r.storage());
        } else {
            ctx.contentType("text/html; charset=utf-8").result(r.previewPage());
        }
    }

    Rendered render(String name, Context ctx) {
        MacroContext mc = context();
        return switch (name) {
            case PostmortemMacro.NAME -> {
                IncidentId id = IncidentId.parse(required(ctx, "incident"));
                PostmortemDocument d = documents.find(id).orElseThrow(() -> new NotFoundException("incident " + id));
                yield PostmortemMacro.render(RedactedPostmortem.of(d, redactor).document(), mc);
            }
            case ActionItemsMacro.NAME -> actionItems(ctx, mc);
            case RollupMacro.NAME -> {
                Dimension by = ConfluenceCommand.PublishRollup.dimension(Optional.ofNullable(ctx.queryParam("by")).orElse("service"));
                yield RollupMacro.render("Postmortem KPIs", Kpis.rollup(data(), period(ctx, 90), by), mc);
            }
            case TrendMacros.KPI_TREND -> TrendMacros.kpiTrend("Postmortem KPI trend", Kpis.monthly(data(), period(ctx, 365)));
            case TrendMacros.NEAR_MISS_TREND -> {
                KpiPeriod period = period(ctx, 365);
                String by = ctx.queryParam("by");
                Map<String, List<MonthlyPoint>> series = by == null || by.isBlank()
                        ? Map.of("All", Kpis.monthly(data(), period))
                        : Kpis.monthly(data(), period, ConfluenceCommand.PublishRollup.dimension(by));
                yield TrendMacros.nearMissTrend("Near-miss reports", series);
            }
            case PostmortemIndexMacro.NAME -> PostmortemIndexMacro.render(
                    documents.all().stream().map(d -> RedactedPostmortem.of(d, redactor).document()).toList(), 50, mc);
            default -> throw new NotFoundException("macro '" + name + "' (known: postmortem, action-items, rollup, kpi-trend, "
                    + "near-miss-trend, postmortem-index)");
        };
    }

    private Rendered actionItems(Context ctx, MacroContext mc) {
        ActionItemsMacro.Scope scope = null;
        for (ActionItemsMacro.ScopeKind kind : ActionItemsMacro.ScopeKind.values()) {
            String v = ctx.queryParam(kind.name().toLowerCase(java.util.Locale.ROOT));
            if (v != null && !v.isBlank()) {
                scope = new ActionItemsMacro.Scope(kind, v);
            }
        }
        if (scope == null) {
            throw ValidationException.field("service", "one of service, team or incident is required");
        }
        List<ActionItem> actions = app.tx().inTransaction(() -> app.actions().all());
        Map<IncidentId, Incident> incidents = new HashMap<>();
        app.tx().run(() -> actions.forEach(a -> incidents.computeIfAbsent(a.incident(), id -> app.incidents().find(id).orElse(null))));
        incidents.values().removeIf(java.util.Objects::isNull);
        return ActionItemsMacro.render(scope, new ArrayList<>(incidents.values()), actions, new SlaEvaluator(app.slaPolicy()),
                app.clock().instant(), mc);
    }

    private MacroContext context() {
        LocalDate today = LocalDate.now(app.clock().withZone(ZoneOffset.UTC));
        if (integration != null && integration.configured()) {
            var s = integration.settings();
            return new MacroContext(s.deployment(), s.jira(), s.users(), today, s.space());
        }
        return new MacroContext(ConfluenceDeployment.CLOUD, Optional.empty(), Map.of(), today, null);
    }

    private KpiData data() {
        return hub.insights().data();
    }

    private KpiPeriod period(Context ctx, int defaultDays) {
        LocalDate today = LocalDate.now(app.clock().withZone(ZoneOffset.UTC));
        LocalDate to = date(ctx, "to", today);
        LocalDate from = date(ctx, "from", to.minusDays(defaultDays - 1L));
        if (from.isAfter(to)) {
            throw ValidationException.field("from", "must not be after to (" + to + ")");
        }
        return KpiPeriod.of(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate date(Context ctx, String key, LocalDate fallback) {
        String v = ctx.queryParam(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.field(key, "must be a date like 2026-03-31 (got '" + v + "')");
        }
    }

    private static String required(Context ctx, String key) {
        String v = ctx.queryParam(key);
        if (v == null || v.isBlank()) {
            throw ValidationException.field(key, "is required");
        }
        return v;
    }
}
