package dev.noblame.server.usecase;

import dev.noblame.common.Transition;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.server.AppContext;

/** Moves a postmortem through draft → in_review → approved → published → closed (or not_required). */
public final class TransitioningPostmortem {
    public record Command(IncidentId incident, PostmortemStatus to, String by, String reason) {
    }

    private final AppContext app;

    public TransitioningPostmortem(AppContext app) {
        this.app = app;
    }

    public Postmortem handle(Command c) {
        return app.tx().inTransaction(() -> {
            var now = app.clock().instant();
            Postmortem p = EditingPostmortem.current(app, c.incident(), now);
            Transition<Postmortem> t = p.moveTo(c.to(), now, c.by(), c.reason());
            app.postmortems().save(t.after());
            app.recorder().record(t.event(), c.by());
            return t.after();
        });
    }
}
