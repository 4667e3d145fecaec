package dev.noblame.server.web.report;

import dev.noblame.common.ValidationException;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.AppContext;
import dev.noblame.server.usecase.ReportingIncident;
import dev.noblame.server.web.FormErrors;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.TreeSet;

/**
 * The front door. Needs no sign-in. The handler reads only the form: no address, no user agent
 * and no cookie other than the form token reaches the report, so an anonymous report carries
 * nothing that could identify the reporter.
 */
public final class ReportPages {
    private final AppContext app;
    private final Web web;
    private final ReportingIncident reporting;

    public ReportPages(AppContext app, Web web) {
        this.app = app;
        this.web = web;
        this.reporting = new ReportingIncident(app);
    }

    public void form(Context ctx) {
        web.render(ctx, "report/form.jte", web.page(ctx, "Report", "report"),
                "form", ReportForm.empty(), "errors", FormErrors.none(), "services", knownServices());
    }

    public void submit(Context ctx) {
        ReportForm form = ReportForm.from(ctx);
        try {
            Incident incident = reporting.handle(new ReportingIncident.Command(
                    form.toReport(Web.viewer(ctx), app.clock().instant())));
            Web.seeOther(ctx, "/report/thanks/" + incident.id() + (incident.reporter().isAnonymous() ? "?anonymous=1" : ""));
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            web.render(ctx, "report/form.jte", web.page(ctx, "Report: please check the form", "report"),
                    "form", form, "errors", FormErrors.of(e, ReportForm.LABELS), "services", knownServices());
        }
    }

    public void thanks(Context ctx) {
        IncidentId id = IncidentId.parse(ctx.pathParam("id"));
        // Only what the reporter already knows is shown: the id and what kind of report it was.
        boolean nearMiss = app.incidents().find(id).map(Incident::isNearMiss).orElse(false);
        web.render(ctx, "report/thanks.jte", web.page(ctx, "Thank you", "report"),
                "incidentId", id.toString(), "nearMiss", nearMiss, "anonymous", "1".equals(ctx.queryParam("anonymous")));
    }

    /** Services seen before, offered as suggestions so the same service is spelt the same way. */
    private List<String> knownServices() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Incident i : app.incidents().list(IncidentQuery.all().page(0, 200))) {
            names.add(i.service());
        }
        return List.copyOf(names);
    }
}
