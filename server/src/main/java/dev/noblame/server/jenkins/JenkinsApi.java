package dev.noblame.server.jenkins;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.jenkins.dora.MeasuringDora;
import dev.noblame.jenkins.gate.GateDecision;
import dev.noblame.jenkins.gate.GateQuery;
import dev.noblame.jenkins.intake.BuildUrls;
import dev.noblame.jenkins.intake.IntakeResult;
import dev.noblame.jenkins.intake.PayloadTooLargeException;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.server.AppContext;
import dev.noblame.server.api.Body;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.usecase.ReportingIncident;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Thin handlers: authenticate the Jenkins, parse, call a use case in one transaction, answer JSON.
 * Intake answers 200 with the correlation decision, 202 for phases that are not acted on.
 */
final class JenkinsApi {
    private final AppContext app;
    private final JenkinsServices services;
    private final JenkinsCallers callers;

    JenkinsApi(AppContext app, JenkinsServices services) {
        this.app = app;
        this.services = services;
        this.callers = new JenkinsCallers(services.settings().intakeTokens());
    }

    /** Under /api/v1/integrations/jenkins. */
    void routes() {
        post("/notifications", ctx -> intake(ctx, services.notifications()::parse), Permission.PUBLIC);
        post("/deployments", ctx -> intake(ctx, services.library()::parse), Permission.PUBLIC);
        post("/gate/overrides", this::override, Permission.PUBLIC);
        post("/incidents", this::declare, Permission.PUBLIC);
        get("/correlations", this::correlations, Permission.READ);
        get("/dora", this::dora, Permission.READ);
    }

    /** Directly under /api/v1. */
    void apiRoutes() {
        get("/gate", this::gate, Permission.PUBLIC);
    }

    private void intake(Context ctx, Function<byte[], IntakeResult> parser) {
        callers.identify(ctx, Permission.RESPOND);
        IntakeResult parsed;
        try {
            parsed = parser.apply(ctx.bodyAsBytes());
        } catch (PayloadTooLargeException e) {
            throw new HttpResponseException(413, e.getMessage());
        }
        if (parsed instanceof IntakeResult.Ignored ignored) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", "ignored");
            m.put("event", ignored.eventKey());
            m.put("detail", ignored.reason());
            ctx.status(202).json(m);
            return;
        }
        var event = ((IntakeResult.Accepted) parsed).event();
        var result = app.tx().inTransaction(() -> services.correlating().correlate(event));
        ctx.json(DecisionJson.of(result));
    }

    private void gate(Context ctx) {
        callers.identify(ctx, Permission.READ);
        GateQuery q = GateQuery.of(ctx.queryParam("service"), ctx.queryParam("environment"), ctx.queryParam("environmentType"));
        ctx.json(DecisionJson.of(services.gate().decide(q)));
    }

    private void override(Context ctx) {
        String caller = callers.identify(ctx, Permission.RESPOND);
        Body b = Body.parse(ctx.body());
        String service = b.text("service");
        String environment = b.text("environment");
        String type = b.text("environmentType");
        String reason = b.text("reason");
        String buildUrl = b.text("buildUrl");
        String by = b.text("by");
        b.done();
        GateQuery q = GateQuery.of(service, environment, type);
        String actor = by == null ? caller : caller + "/" + by;
        String build = buildUrl == null ? null : BuildUrls.normalise(buildUrl)
                .orElseThrow(() -> ValidationException.field("buildUrl", "must be an absolute http(s) URL"));
        GateDecision d = app.tx().inTransaction(() -> services.gate().override(q, reason, actor, build));
        ctx.json(DecisionJson.of(d));
    }

    /** noblameIncident: an incident reported by a pipeline, linked to its build. */
    private void declare(Context ctx) {
        String caller = callers.identify(ctx, Permission.RESPOND);
        Body b = Body.parse(ctx.body());
        String title = b.text("title");
        String severity = b.text("severity");
        String service = b.text("service");
        String environment = b.text("environment");
        String buildUrl = b.text("buildUrl");
        b.done();
        Severity sev = severity == null ? Severity.SEV3 : Severity.parse(severity, "severity");
        String build = buildUrl == null ? null : BuildUrls.normalise(buildUrl)
                .orElseThrow(() -> ValidationException.field("buildUrl", "must be an absolute http(s) URL"));
        Report report = new Report(IncidentKind.INCIDENT, title, null, service, sev, null, environment,
                Reporter.named("jenkins:" + caller), null);
        Incident incident = app.tx().inTransaction(() -> {
            Incident opened = new ReportingIncident(app).handle(new ReportingIncident.Command(report));
            if (build == null) {
                return opened;
            }
            Incident linked = opened.withLinks(opened.links().withBuildUrl(build));
            app.incidents().save(linked);
            TimelineEntry line = new TimelineEntry(linked.id(), app.clock().instant(),
                    "Declared from a Jenkins pipeline: " + build, "jenkins", "jenkins:" + caller);
            app.timeline().append(line);
            app.recorder().record(line);
            return linked;
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident", incident.id().toString());
        m.put("severity", incident.severity().name());
        m.put("status", Wire.name(incident.status()));
        ctx.status(201).json(m);
    }

    private void correlations(Context ctx) {
        String incident = ctx.queryParam("incident");
        String deployment = ctx.queryParam("deployment");
        if ((incident == null) == (deployment == null)) {
            throw ValidationException.field("incident", "give either incident or deployment");
        }
        var list = incident != null ? services.correlations().ofIncident(IncidentId.parse(incident))
                : services.correlations().ofDeployment(deployment);
        ctx.json(Map.of("correlations", list.stream().map(DecisionJson::of).toList()));
    }

    /** DORA figures per service (and "*" for all) over [from, to); default: the last 30 days. */
    private void dora(Context ctx) {
        Instant to = instant(ctx, "to", app.clock().instant());
        Instant from = instant(ctx, "from", to.minus(Duration.ofDays(30)));
        KpiPeriod period = KpiPeriod.of(from, to);
        String service = ctx.queryParam("service");
        Map<String, Object> services = new LinkedHashMap<>();
        if (service != null && !service.isBlank()) {
            services.put(service, DecisionJson.of(this.services.dora().of(service.strip(), period)));
        } else {
            this.services.dora().byService(period).forEach((s, f) -> services.put(s, DecisionJson.of(f)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("all", MeasuringDora.ALL_SERVICES);
        m.put("services", services);
        ctx.json(m);
    }

    private static Instant instant(Context ctx, String name, Instant fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.field(name, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }
}
