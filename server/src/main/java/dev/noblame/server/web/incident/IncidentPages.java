package dev.noblame.server.web.incident;

import dev.noblame.common.ValidationException;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.web.FormErrors;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The incident list with its filters, and one incident's page. Both need a signed-in reader. */
public final class IncidentPages {
    private static final Map<String, String> LABELS = Map.of("severity", "Severity", "kind", "Kind", "status", "Status",
            "from", "From", "to", "To");

    private final AppContext app;
    private final Web web;
    private final IncidentDetails details;

    public IncidentPages(AppContext app, Web web, IncidentDetails details) {
        this.app = app;
        this.web = web;
        this.details = details;
    }

    public void list(Context ctx) {
        if (!web.allow(ctx, Permission.READ)) {
            return;
        }
        IncidentFilter filter = IncidentFilter.from(ctx);
        FormErrors errors = FormErrors.none();
        List<Incident> rows = List.of();
        long total = 0;
        try {
            IncidentQuery query = filter.toQuery();
            rows = app.incidents().list(query);
            total = app.incidents().count(query);
        } catch (ValidationException e) {
            errors = FormErrors.of(e, LABELS);
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        web.render(ctx, "incident/list.jte", web.page(ctx, "Incidents", "incidents"),
                "filter", filter, "errors", errors, "rows", rows, "total", total,
                "severities", List.of(Severity.values()), "kinds", List.of(IncidentKind.values()),
                "statuses", List.of(IncidentStatus.values()));
    }

    public void detail(Context ctx) {
        if (!web.allow(ctx, Permission.READ)) {
            return;
        }
        Optional<IncidentId> id = parse(ctx.pathParam("id"));
        Optional<Incident> incident = id.flatMap(app.incidents()::find);
        if (incident.isEmpty()) {
            web.problem(ctx, HttpStatus.NOT_FOUND, "No such incident", "There is no incident " + ctx.pathParam("id") + ".");
            return;
        }
        web.render(ctx, "incident/detail.jte", web.page(ctx, incident.get().id() + " " + incident.get().title(), "incidents"),
                "d", details.of(incident.get()));
    }

    static Optional<IncidentId> parse(String text) {
        try {
            return Optional.of(IncidentId.parse(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
