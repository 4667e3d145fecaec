package dev.noblame.server.web.report;

import dev.noblame.common.Checks;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.incident.Impact;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.server.web.Viewer;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The report form as typed, kept as text so a refused form comes back exactly as it was sent.
 * {@link #toReport} makes the domain's {@link Report}; a signed-in reporter who ticks
 * "anonymous" and a reporter who is not signed in both get {@link Reporter#anonymous()}.
 */
public record ReportForm(String kind, String whatHappened, String service, String occurredAt, String severity,
                         String team, String environment, boolean dataLoss, boolean securityExposure, boolean anonymous) {

    /** What the form calls the domain's fields, for error messages. */
    public static final Map<String, String> LABELS = Map.of(
            "kind", "What is it?",
            "whatHappened", "What happened?",
            "service", "Which service?",
            "occurredAt", "When did it happen?",
            "severity", "How bad does it look?",
            "team", "Team");

    public ReportForm {
        kind = kind == null || kind.isBlank() ? "incident" : kind;
        whatHappened = orEmpty(whatHappened);
        service = orEmpty(service);
        occurredAt = orEmpty(occurredAt);
        severity = orEmpty(severity);
        team = orEmpty(team);
        environment = orEmpty(environment);
    }

    public static ReportForm empty() {
        return new ReportForm("incident", "", "", "", "", "", "", false, false, false);
    }

    public static ReportForm from(Context ctx) {
        return new ReportForm(ctx.formParam("kind"), ctx.formParam("whatHappened"), ctx.formParam("service"),
                ctx.formParam("occurredAt"), ctx.formParam("severity"), ctx.formParam("team"), ctx.formParam("environment"),
                "true".equals(ctx.formParam("dataLoss")), "true".equals(ctx.formParam("securityExposure")),
                "true".equals(ctx.formParam("anonymous")));
    }

    public boolean isNearMiss() {
        return "near_miss".equals(kind);
    }

    /** The domain report; every bad field is named in one {@link ValidationException}. */
    public Report toReport(Viewer viewer, Instant now) {
        Checks checks = Checks.start();
        IncidentKind k = null;
        Severity s = null;
        Instant when = null;
        try {
            k = Wire.parse(IncidentKind.class, kind, "kind");
        } catch (ValidationException e) {
            checks.require(false, "kind", "must be an incident or a near-miss");
        }
        if (!severity.isBlank()) {
            try {
                s = Severity.parse(severity, "severity");
            } catch (ValidationException e) {
                checks.require(false, "severity", "must be SEV1, SEV2, SEV3, SEV4 or not sure");
            }
        }
        if (!occurredAt.isBlank()) {
            try {
                when = LocalDateTime.parse(occurredAt).toInstant(ZoneOffset.UTC);
                checks.require(!when.isAfter(now.plusSeconds(300)), "occurredAt", "is in the future");
            } catch (DateTimeParseException e) {
                checks.require(false, "occurredAt", "must be a date and time like 2026-03-01T14:30");
            }
        }
        checks.notBlank(whatHappened, "whatHappened").notBlank(service, "service")
                .maxLength(whatHappened, Report.MAX_TEXT, "whatHappened").maxLength(service, 100, "service")
                .maxLength(team, 100, "team").maxLength(environment, 100, "environment")
                .orThrow();
        Reporter reporter = viewer.signedIn() && !anonymous ? Reporter.named(viewer.userId()) : Reporter.anonymous();
        return new Report(k, whatHappened.strip(), when, service.strip(), s, team, environment, reporter,
                new Impact(dataLoss, securityExposure, false));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
