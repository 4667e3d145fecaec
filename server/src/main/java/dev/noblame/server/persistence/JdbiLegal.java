package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.common.Wire;
import dev.noblame.compliance.Filing;
import dev.noblame.compliance.LegalHold;
import dev.noblame.compliance.LegalTrigger;
import dev.noblame.compliance.Regime;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Legal triggers, regulatory filings and legal holds of incidents. Regulatory clocks are not
 * stored: ask {@link dev.noblame.compliance.RegulatoryClocks} with what this returns. Any purge
 * of incident data must call {@link #checkDeletion(IncidentId, String)} first, in its transaction.
 */
public final class JdbiLegal {
    private final Transactions tx;
    private final Dialect dialect;

    public JdbiLegal(Transactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    public void addTrigger(LegalTrigger t, Instant at) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO legal_triggers (incident_id, regime, aware_at, determined_at, triggered_by, "
                        + "triggered_at) VALUES (:incident, :regime, :aware, :determined, :by, :at)")
                .bind("incident", t.incident().number()).bind("regime", Wire.name(t.regime()))
                .bind("aware", ts(t.awareAt())).bind("determined", ts(t.determinedAt())).bind("by", t.by()).bind("at", ts(at))
                .execute());
    }

    public List<LegalTrigger> triggers(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT regime, aware_at, determined_at, triggered_by FROM legal_triggers "
                        + "WHERE incident_id = :incident ORDER BY triggered_at, regime")
                .bind("incident", incident.number())
                .map((rs, c) -> new LegalTrigger(incident, Wire.parse(Regime.class, rs.getString("regime"), "regime"),
                        instant(rs, "aware_at"), instant(rs, "determined_at"), rs.getString("triggered_by")))
                .list());
    }

    public Optional<LegalTrigger> trigger(IncidentId incident, Regime regime) {
        return triggers(incident).stream().filter(t -> t.regime() == regime).findFirst();
    }

    public void addFiling(IncidentId incident, Filing f, String reference, String by, Instant recordedAt) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO regulatory_filings (incident_id, regime, deadline, submitted_at, reference, "
                        + "filed_by, recorded_at) VALUES (:incident, :regime, :deadline, :submitted, :reference, :by, :at)")
                .bind("incident", incident.number()).bind("regime", Wire.name(f.regime())).bind("deadline", f.deadline())
                .bind("submitted", ts(f.submittedAt())).bind("reference", reference).bind("by", by).bind("at", ts(recordedAt))
                .execute());
    }

    public List<Filing> filings(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT regime, deadline, submitted_at FROM regulatory_filings "
                        + "WHERE incident_id = :incident ORDER BY submitted_at")
                .bind("incident", incident.number())
                .map((rs, c) -> new Filing(Wire.parse(Regime.class, rs.getString("regime"), "regime"), rs.getString("deadline"),
                        instant(rs, "submitted_at")))
                .list());
    }

    /** The incident's hold as it stands: the active one, or {@link LegalHold#none}. */
    public LegalHold hold(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT reason, placed_by, placed_at FROM legal_holds "
                        + "WHERE incident_id = :incident AND released_at IS NULL")
                .bind("incident", incident.number())
                .map((rs, c) -> new LegalHold(incident, true, rs.getString("reason"), rs.getString("placed_by"), instant(rs, "placed_at")))
                .findFirst().orElseGet(() -> LegalHold.none(incident)));
    }

    public void place(LegalHold hold) {
        tx.withHandle(h -> {
            long id = h.createQuery(dialect.nextValue("legal_hold_seq")).mapTo(Long.class).one();
            return h.createUpdate("INSERT INTO legal_holds (id, incident_id, reason, placed_by, placed_at) "
                            + "VALUES (:id, :incident, :reason, :by, :at)")
                    .bind("id", id).bind("incident", hold.incident().number()).bind("reason", hold.reason())
                    .bind("by", hold.by()).bind("at", ts(hold.since())).execute();
        });
    }

    public void release(IncidentId incident, String by, Instant at) {
        tx.withHandle(h -> h.createUpdate("UPDATE legal_holds SET released_by = :by, released_at = :at "
                        + "WHERE incident_id = :incident AND released_at IS NULL")
                .bind("by", by).bind("at", ts(at)).bind("incident", incident.number()).execute());
    }

    /** Refuses (409) deleting {@code what} of the incident while it is under legal hold. */
    public void checkDeletion(IncidentId incident, String what) {
        hold(incident).checkDeletion(what);
    }
}
