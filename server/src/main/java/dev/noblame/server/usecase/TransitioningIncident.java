package dev.noblame.server.usecase;

import dev.noblame.common.Transition;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.server.AppContext;

/** Moves an incident through its lifecycle; an illegal move is refused naming both states. */
public final class TransitioningIncident {
    public record Command(IncidentId incident, IncidentStatus to, String reason, String by) {
    }

    private final AppContext app;

    public TransitioningIncident(AppContext app) {
        this.app = app;
    }

    public Incident handle(Command c) {
        return app.tx().inTransaction(() -> {
            Incident incident = app.incidents().find(c.incident())
                    .orElseThrow(() -> new NotFoundException("incident " + c.incident()));
            Transition<Incident> t = incident.moveTo(c.to(), app.clock().instant(), c.reason());
            app.incidents().save(t.after());
            app.recorder().record(t.event(), c.by());
            return t.after();
        });
    }

}
