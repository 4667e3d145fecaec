package dev.noblame.server.web.incident;

import dev.noblame.common.Checks;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import dev.noblame.ports.IncidentQuery;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The list's filters as typed in the query string (so a filtered list is a link you can share).
 * {@code to} is inclusive: "to 2026-03-31" includes that whole day.
 */
public record IncidentFilter(String service, String team, String severity, String kind, String status, String from,
                             String to, int page) {
    public static final int PAGE_SIZE = 50;

    public IncidentFilter {
        service = trim(service);
        team = trim(team);
        severity = trim(severity);
        kind = trim(kind);
        status = trim(status);
        from = trim(from);
        to = trim(to);
        page = Math.max(0, page);
    }

    public static IncidentFilter from(Context ctx) {
        int page;
        try {
            page = ctx.queryParam("page") == null ? 0 : Integer.parseInt(ctx.queryParam("page"));
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new IncidentFilter(ctx.queryParam("service"), ctx.queryParam("team"), ctx.queryParam("severity"),
                ctx.queryParam("kind"), ctx.queryParam("status"), ctx.queryParam("from"), ctx.queryParam("to"), page);
    }

    public IncidentQuery toQuery() {
        Checks checks = Checks.start();
        Severity sev = severity.isEmpty() ? null : attempt(() -> Severity.parse(severity, "severity"), checks, "severity");
        IncidentKind k = kind.isEmpty() ? null : attempt(() -> Wire.parse(IncidentKind.class, kind, "kind"), checks, "kind");
        IncidentStatus st = status.isEmpty() ? null : attempt(() -> Wire.parse(IncidentStatus.class, status, "status"), checks, "status");
        LocalDate f = from.isEmpty() ? null : date(from, checks, "from");
        LocalDate t = to.isEmpty() ? null : date(to, checks, "to");
        checks.require(f == null || t == null || !t.isBefore(f), "to", "is before from");
        checks.orThrow();
        return new IncidentQuery(service.isEmpty() ? null : service, team.isEmpty() ? null : team, sev, k, st,
                f == null ? null : f.atStartOfDay().toInstant(ZoneOffset.UTC),
                t == null ? null : t.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                page * PAGE_SIZE, PAGE_SIZE);
    }

    public boolean isFiltered() {
        return !(service + team + severity + kind + status + from + to).isEmpty();
    }

    /** The query string of this filter on another page. */
    public String pageLink(int otherPage) {
        StringBuilder q = new StringBuilder("/incidents?");
        append(q, "service", service);
        append(q, "team", team);
        append(q, "severity", severity);
        append(q, "kind", kind);
        append(q, "status", status);
        append(q, "from", from);
        append(q, "to", to);
        q.append("page=").append(otherPage);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) {
            q.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
    }

    private static <T> T attempt(java.util.function.Supplier<T> parse, Checks checks, String field) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            checks.require(false, field, e.fields().getOrDefault(field, "is not valid"));
            return null;
        }
    }

    private static LocalDate date(String text, Checks checks, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            checks.require(false, field, "must be a date like 2026-03-01 (got '" + text + "')");
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
