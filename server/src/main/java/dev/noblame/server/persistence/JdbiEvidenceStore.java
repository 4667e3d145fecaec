package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.stringMap;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.evidence.CanonicalJson;
import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.ports.EvidenceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The evidence table. There is no update and no delete here. {@link #latest()} first locks
 * the single row of {@code evidence_lock} until the caller's transaction ends, so one
 * transaction at a time, in any process, extends the chain; it must run inside a transaction.
 */
public final class JdbiEvidenceStore implements EvidenceStore {
    private static final String COLUMNS = "sequence, subject, type, occurred_at, recorded_at, actor, data, prev_hash, hash";
    private final Transactions tx;

    public JdbiEvidenceStore(Transactions tx) {
        this.tx = tx;
    }

    /** Takes the chain's lock for the current transaction (re-entrant within it). */
    public void lockHead() {
        if (!tx.inTransaction()) {
            throw new IllegalStateException("the evidence chain is extended only inside a transaction");
        }
        tx.withHandle(h -> h.createQuery("SELECT id FROM evidence_lock WHERE id = 1 FOR UPDATE").mapTo(Integer.class).one());
    }

    @Override
    public void append(EvidenceEntry e) {
        tx.withHandle(h -> {
            long latest = h.createQuery("SELECT COALESCE(MAX(sequence), 0) FROM evidence_entry").mapTo(Long.class).one();
            if (e.sequence() != latest + 1) {
                throw new IllegalStateException("evidence entry " + e.sequence() + " does not follow the latest entry " + latest);
            }
            return h.createUpdate("INSERT INTO evidence_entry (" + COLUMNS + ") VALUES (:sequence, :subject, :type, :occurred, "
                            + ":recorded, :actor, :data, :prev, :hash)")
                    .bind("sequence", e.sequence()).bind("subject", e.subject()).bind("type", e.type())
                    .bind("occurred", ts(e.occurredAt())).bind("recorded", ts(e.recordedAt())).bind("actor", e.actor())
                    .bind("data", CanonicalJson.write(e.data())).bind("prev", e.prevHash()).bind("hash", e.hash())
                    .execute();
        });
    }

    @Override
    public Optional<EvidenceEntry> latest() {
        if (tx.inTransaction()) {
            lockHead();
        }
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM evidence_entry ORDER BY sequence DESC LIMIT 1")
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<EvidenceEntry> page(long afterSequence, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM evidence_entry WHERE sequence > :after "
                        + "ORDER BY sequence LIMIT :limit")
                .bind("after", afterSequence).bind("limit", limit).map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public List<EvidenceEntry> ofSubject(String subject, long afterSequence, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM evidence_entry WHERE subject = :subject "
                        + "AND sequence > :after ORDER BY sequence LIMIT :limit")
                .bind("subject", subject).bind("after", afterSequence).bind("limit", limit).map((rs, ctx) -> read(rs)).list());
    }

    public long count() {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM evidence_entry").mapTo(Long.class).one());
    }

    private static EvidenceEntry read(ResultSet rs) throws SQLException {
        return new EvidenceEntry(rs.getLong("sequence"), rs.getString("subject"), rs.getString("type"),
                instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("actor"),
                stringMap(rs.getString("data")), rs.getString("prev_hash").strip(), rs.getString("hash").strip());
    }
}
