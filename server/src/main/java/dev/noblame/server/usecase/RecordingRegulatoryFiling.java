package dev.noblame.server.usecase;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.DomainException;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.compliance.Filing;
import dev.noblame.compliance.LegalTrigger;
import dev.noblame.compliance.Regime;
import dev.noblame.compliance.RegulatoryClocks;
import dev.noblame.compliance.RegulatoryDeadline;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.AppContext;
import dev.noblame.server.persistence.JdbiLegal;
import java.time.Instant;
import java.util.List;

/**
 * A report went in to a regulator (early warning, notification, final report, Form 8-K...): the
 * deadline it answers is met from then on. Only deadlines of a regime triggered on the incident.
 */
public final class RecordingRegulatoryFiling {
    /** {@code submittedAt} null means now; {@code reference} is the regulator's case or accession number, if any. */
    public record Command(IncidentId incident, Regime regime, String deadline, Instant submittedAt, String reference, String by) {
    }

    private final AppContext app;
    private final JdbiLegal legal;
    private final RegulatoryClocks clocks = new RegulatoryClocks();

    public RecordingRegulatoryFiling(AppContext app) {
        this.app = app;
        this.legal = new JdbiLegal(app.tx(), app.database().dialect());
    }

    /** Returns the regime's deadlines as they stand after the filing. */
    public List<RegulatoryDeadline> handle(Command c) {
        Instant now = app.clock().instant();
        Instant submitted = c.submittedAt() == null ? now : c.submittedAt();
        if (submitted.isAfter(now)) {
            throw ValidationException.field("submittedAt", "is in the future");
        }
        return app.tx().inTransaction(() -> {
            if (app.incidents().find(c.incident()).isEmpty()) {
                throw new NotFoundException("incident " + c.incident());
            }
            LegalTrigger trigger = legal.trigger(c.incident(), c.regime()).orElseThrow(() -> new DomainException(
                    "no " + c.regime().title() + " clock runs on " + c.incident() + ": trigger it first"));
            List<Filing> filings = legal.filings(c.incident());
            List<String> ids = clocks.deadlines(trigger, filings, now).stream().map(RegulatoryDeadline::id).toList();
            if (!ids.contains(c.deadline())) {
                throw ValidationException.field("deadline", "must be one of " + String.join("|", ids) + " for "
                        + c.regime().title() + " (got '" + c.deadline() + "')");
            }
            if (submitted.isBefore(trigger.startsAt())) {
                throw ValidationException.field("submittedAt", "is before the clock started at " + trigger.startsAt());
            }
            Filing filing = new Filing(c.regime(), c.deadline(), submitted);
            legal.addFiling(c.incident(), filing, c.reference(), c.by(), now);
            app.recorder().record(DomainEvent.of("compliance.filing_recorded", c.incident().toString(), submitted,
                    "regime", Wire.name(c.regime()), "deadline", c.deadline(), "reference", c.reference(), "by", c.by()), c.by());
            List<Filing> after = legal.filings(c.incident());
            return clocks.deadlines(trigger, after, now);
        });
    }
}
