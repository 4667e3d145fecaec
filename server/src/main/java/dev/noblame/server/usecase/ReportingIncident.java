package dev.noblame.server.usecase;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.Report;
import dev.noblame.server.AppContext;
import dev.noblame.server.evidence.Recorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
        return handleAll(List.of(command)).get(0);
    }

    /**
     * Several reports in one transaction, as group-committed intake sends them: each gets its
     * own incident, text and evidence entry, but the rows go to the database in one batch per
     * table. Incidents come back in the commands' order; if one fails, none is stored.
     */
    public List<Incident> handleAll(List<Command> commands) {
        if (commands.isEmpty()) {
            return List.of();
        }
        return app.tx().inTransaction(() -> {
            var now = app.clock().instant();
            List<IncidentId> ids = app.incidents().nextIds(commands.size());
            List<Incident> incidents = new ArrayList<>(commands.size());
            List<String> texts = new ArrayList<>(commands.size());
            List<Recorder.Recorded> events = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                Report report = commands.get(i).report();
                Incident incident = report.toIncident(ids.get(i), now);
                incidents.add(incident);
                texts.add(report.whatHappened());
                events.add(new Recorder.Recorded(reported(incident, now), incident.reporter().userId().orElse(null)));
            }
            app.incidents().insertAll(incidents);
            app.reports().saveAll(ids, texts, now);
            app.recorder().recordAll(events);
            return incidents;
        });
    }

    private static DomainEvent reported(Incident incident, Instant now) {
        return DomainEvent.of("incident.reported", incident.id().toString(), now,
                "kind", Wire.name(incident.kind()),
                "severity", incident.severity().name(),
                "service", incident.service(),
                "team", incident.team(),
                "status", Wire.name(incident.status()),
                "reporter", incident.reporter().isAnonymous() ? "anonymous" : "named");
    }
}
