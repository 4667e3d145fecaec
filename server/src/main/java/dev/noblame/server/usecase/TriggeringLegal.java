package dev.noblame.server.usecase;

import dev.noblame.common.DomainException;
import dev.noblame.common.ValidationException;
import dev.noblame.compliance.LegalTrigger;
import dev.noblame.compliance.Regime;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.AppContext;
import dev.noblame.server.persistence.JdbiLegal;
import java.time.Instant;

/**
 * A legal decision starts a regime's regulatory clocks on an incident (DESIGN §3). One trigger per
 * regime: a second one is refused, since moving a clock's start after the fact is what the
 * evidence chain exists to prevent.
 */
public final class TriggeringLegal {
    /** {@code determinedAt} is the SEC materiality determination or the DORA classification as major. */
    public record Command(IncidentId incident, Regime regime, Instant awareAt, Instant determinedAt, String by) {
    }

    private final AppContext app;
    private final JdbiLegal legal;

    public TriggeringLegal(AppContext app) {
        this.app = app;
        this.legal = new JdbiLegal(app.tx(), app.database().dialect());
    }

    public LegalTrigger handle(Command c) {
        Instant now = app.clock().instant();
        LegalTrigger trigger = new LegalTrigger(c.incident(), c.regime(), c.awareAt(), c.determinedAt(), c.by());
        if (c.awareAt() != null && c.awareAt().isAfter(now)) {
            throw ValidationException.field("awareAt", "is in the future");
        }
        if (c.determinedAt() != null && c.determinedAt().isAfter(now)) {
            throw ValidationException.field("determinedAt", "is in the future");
        }
        return app.tx().inTransaction(() -> {
            if (app.incidents().find(c.incident()).isEmpty()) {
                throw new NotFoundException("incident " + c.incident());
            }
            if (legal.trigger(c.incident(), c.regime()).isPresent()) {
                throw new DomainException(c.regime().title() + " clocks already run on " + c.incident());
            }
            legal.addTrigger(trigger, now);
            app.recorder().record(trigger.startedEvent(now), c.by());
            return trigger;
        });
    }
}
