package dev.noblame.server.usecase;

import dev.noblame.common.Transition;
import dev.noblame.compliance.LegalHold;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.AppContext;
import dev.noblame.server.persistence.JdbiLegal;
import java.time.Instant;

/** Lifts an incident's legal hold; the hold stays in the table and on the evidence chain as history. */
public final class ReleasingLegalHold {
    public record Command(IncidentId incident, String by) {
    }

    private final AppContext app;
    private final JdbiLegal legal;

    public ReleasingLegalHold(AppContext app) {
        this.app = app;
        this.legal = new JdbiLegal(app.tx(), app.database().dialect());
    }

    public LegalHold handle(Command c) {
        return app.tx().inTransaction(() -> {
            if (app.incidents().find(c.incident()).isEmpty()) {
                throw new NotFoundException("incident " + c.incident());
            }
            Instant now = app.clock().instant();
            Transition<LegalHold> t = legal.hold(c.incident()).release(c.by(), now);
            legal.release(c.incident(), c.by(), now);
            app.recorder().record(t.event(), c.by());
            return t.after();
        });
    }
}
