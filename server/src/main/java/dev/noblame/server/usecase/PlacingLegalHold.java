package dev.noblame.server.usecase;

import dev.noblame.common.Transition;
import dev.noblame.compliance.LegalHold;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.AppContext;
import dev.noblame.server.persistence.JdbiLegal;

/** Puts an incident under legal hold: nothing of it may be deleted until the hold is released. */
public final class PlacingLegalHold {
    public record Command(IncidentId incident, String reason, String by) {
    }

    private final AppContext app;
    private final JdbiLegal legal;

    public PlacingLegalHold(AppContext app) {
        this.app = app;
        this.legal = new JdbiLegal(app.tx(), app.database().dialect());
    }

    public LegalHold handle(Command c) {
        return app.tx().inTransaction(() -> {
            if (app.incidents().find(c.incident()).isEmpty()) {
                throw new NotFoundException("incident " + c.incident());
            }
            Transition<LegalHold> t = legal.hold(c.incident()).place(c.by(), c.reason(), app.clock().instant());
            legal.place(t.after());
            app.recorder().record(t.event(), c.by());
            return t.after();
        });
    }
}
