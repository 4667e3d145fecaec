package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.common.Wire;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Authenticator;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.usecase.AddingTimelineEntry;
import dev.noblame.server.usecase.BatchedReporting;
import dev.noblame.server.usecase.EditingIncident;
import dev.noblame.server.usecase.NotFoundException;
import dev.noblame.server.usecase.ReportingIncident;
import dev.noblame.server.usecase.TransitioningIncident;
import io.javalin.http.Context;
import java.util.Map;

/** Reports, incidents and their timelines. */
final class IncidentApi {
    private final AppContext app;
    private final BatchedReporting reporting;
    private final TransitioningIncident transitioning;
    private final EditingIncident editing;
    private final AddingTimelineEntry addingEntry;

    IncidentApi(AppContext app, BatchedReporting reporting) {
        this.app = app;
        this.reporting = reporting;
        this.transitioning = new TransitioningIncident(app);
        this.editing = new EditingIncident(app);
        this.addingEntry = new AddingTimelineEntry(app);
    }

    void routes() {
        post("/reports", this::report, Permission.PUBLIC);
        path("/incidents", () -> {
            get(this::list, Permission.READ);
            path("/{id}", () -> {
                get(this::show, Permission.READ);
                patch(this::edit, Permission.RESPOND);
                post("/transitions", this::transition, Permission.RESPOND);
                get("/timeline", this::timeline, Permission.READ);
                post("/timeline", this::addEntry, Permission.RESPOND);
            });
        });
    }

    /**
     * Anonymous unless the caller is signed in and did not ask for anonymity. The identity
     * comes from the sign-in, never from the body, and nothing about the sender is stored or logged.
     */
    private void report(Context ctx) {
        Body b = Body.parse(ctx.body());
        IncidentKind kind = b.has("kind") ? b.enumValue(IncidentKind.class, "kind") : IncidentKind.INCIDENT;
        String text = b.requiredText("whatHappened");
        String service = b.requiredText("service");
        Severity severity = severity(b, "severity");
        Boolean anonymous = b.bool("anonymous");
        Impact impact = impact(b.object("impact"));
        var occurredAt = b.instant("occurredAt");
        String team = b.text("team");
        String environment = b.text("environment");
        b.done();
        Reporter reporter = Boolean.TRUE.equals(anonymous) ? Reporter.anonymous()
                : Authenticator.principal(ctx).map(p -> Reporter.named(p.name())).orElse(Reporter.anonymous());
        Incident incident = reporting.handle(new ReportingIncident.Command(
                new Report(kind, text, occurredAt, service, severity, team, environment, reporter, impact)));
        ctx.status(201).header("Location", "/api/v1/incidents/" + incident.id()).json(Views.incident(incident));
    }

    private void list(Context ctx) {
        IncidentQuery q = new IncidentQuery(
                Params.text(ctx, "service"),
                Params.text(ctx, "team"),
                ctx.queryParam("severity") == null ? null : Severity.parse(ctx.queryParam("severity"), "severity"),
                ctx.queryParam("kind") == null ? null : Wire.parse(IncidentKind.class, ctx.queryParam("kind"), "kind"),
                ctx.queryParam("status") == null ? null : Wire.parse(IncidentStatus.class, ctx.queryParam("status"), "status"),
                Params.instant(ctx, "from"),
                Params.instant(ctx, "to"),
                Params.integer(ctx, "offset", 0),
                Params.integer(ctx, "limit", 50));
        var items = app.incidents().list(q).stream().map(Views::incident).toList();
        ctx.json(Views.page(items, app.incidents().count(q), q.offset(), q.limit()));
    }

    private void show(Context ctx) {
        var id = Params.incident(ctx);
        Incident incident = app.incidents().find(id).orElseThrow(() -> new NotFoundException("incident " + id));
        Map<String, Object> view = Views.incident(incident);
        view.put("whatHappened", app.reports().whatHappened(id).orElse(null));
        ctx.json(view);
    }

    private void edit(Context ctx) {
        var id = Params.incident(ctx);
        Body b = Body.parse(ctx.body()).onlyFields("severity", "impact", "links", "vendor", "release", "status", "reason");
        Severity severity = severity(b, "severity");
        Impact impact = impact(b.object("impact"));
        Body links = b.object("links");
        var jira = links == null ? null : links.strings("jiraKeys");
        var builds = links == null ? null : links.strings("buildUrls");
        String page = links == null ? null : links.text("confluencePageId");
        String vendor = b.text("vendor");
        String release = b.text("release");
        IncidentStatus status = b.enumValue(IncidentStatus.class, "status");
        String reason = b.text("reason");
        b.done();
        Incident after = editing.handle(new EditingIncident.Command(id, severity, impact, vendor, release, jira, builds, page,
                Params.by(ctx)));
        if (status != null && status != after.status()) {
            after = transitioning.handle(new TransitioningIncident.Command(id, status, reason, Params.by(ctx)));
        }
        ctx.json(Views.incident(after));
    }

    private void transition(Context ctx) {
        var id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        b.requiredText("to");
        IncidentStatus to = b.enumValue(IncidentStatus.class, "to");
        String reason = b.text("reason");
        b.done();
        ctx.json(Views.incident(transitioning.handle(new TransitioningIncident.Command(id, to, reason, Params.by(ctx)))));
    }

    private void timeline(Context ctx) {
        var id = Params.incident(ctx);
        if (app.incidents().find(id).isEmpty()) {
            throw new NotFoundException("incident " + id);
        }
        ctx.json(Map.of("items", app.timeline().of(id).stream().map(Views::timelineEntry).toList()));
    }

    private void addEntry(Context ctx) {
        var id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        String text = b.requiredText("text");
        var at = b.instant("at");
        String source = b.text("source");
        b.done();
        var entry = addingEntry.handle(new AddingTimelineEntry.Command(id, at, text, source, Params.by(ctx)));
        ctx.status(201).json(Views.timelineEntry(entry));
    }

    static Severity severity(Body b, String field) {
        String v = b.text(field);
        if (v == null) {
            return null;
        }
        try {
            return Severity.parse(v, field);
        } catch (dev.noblame.common.ValidationException e) {
            e.fields().forEach(b::problem);
            return null;
        }
    }

    static Impact impact(Body b) {
        if (b == null) {
            return null;
        }
        return new Impact(Boolean.TRUE.equals(b.bool("dataLoss")), Boolean.TRUE.equals(b.bool("securityExposure")),
                Boolean.TRUE.equals(b.bool("postmortemRequested")));
    }
}
