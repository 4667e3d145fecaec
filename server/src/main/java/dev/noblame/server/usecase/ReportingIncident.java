package dev.noblame.server.usecase;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.Report;
import dev.noblame.server.AppContext;

/**
 * Turns a report into an incident or near-miss. The report's text, the incident and the
 * evidence entry commit together. An anonymous report records no identity anywhere.
 */
public final class ReportingIncident {
    public record Command(Report report) {
    }

    private final AppContext app;

    public ReportingIncident(AppContext app) {
        this.app = app;
    }

    public Incident handle(Command command) {
        Report report = command.report();
        return app.tx().inTransaction(() -> {
            IncidentId id = app.incidents().nextId();
            var now = app.clock().instant();
            Incident incident = report.toIncident(id, now);
            app.incidents().save(incident);
            app.reports().save(id, report.whatHappened(), now);
            app.recorder().record(DomainEvent.of("incident.reported", id.toString(), now,
                    "kind", Wire.name(incident.kind()),
                    "severity", incident.severity().name(),
                    "service", incident.service(),
                    "team", incident.team(),
                    "status", Wire.name(incident.status()),
                    "reporter", incident.reporter().isAnonymous() ? "anonymous" : "named"),
                    incident.reporter().userId().orElse(null));
            return incident;
        });
    }
}
