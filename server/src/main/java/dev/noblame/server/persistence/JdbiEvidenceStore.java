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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The evidence table. Entries are never updated or deleted here. {@link #latest()} first locks
 * the single row of {@code evidence_lock} until the caller's transaction ends, so one
 * transaction at a time, in any process, extends the chain; it must run inside a transaction.
 */
public final class JdbiEvidenceStore implements EvidenceStore {
    private static final String COLUMNS = "sequence, subject, type, occurred_at, recorded_at, actor, data, prev_hash, hash";
    private static final String INSERT = "INSERT INTO evidence_entry (" + COLUMNS + ") VALUES (:sequence, :subject, :type, "
            + ":occurred, :recorded, :actor, :data, :prev, :hash)";
    private static final Object HEAD_LOCK = "evidence head lock";
    private final Transactions tx;

    public JdbiEvidenceStore(Transactions tx) {
        this.tx = tx;
    }

    /** Takes the chain's lock for the current transaction (re-entrant within it). */
    public void lockHead() {
        if (!tx.inTransaction()) {
            throw new IllegalStateException("the evidence chain is extended only inside a transaction");
        }
        if (tx.firstTime(HEAD_LOCK)) {
            // an UPDATE rather than SELECT ... FOR UPDATE: it takes the same row lock to the end of the
            // transaction on H2 and PostgreSQL, and H2 keeps it parsed, where it parses FOR UPDATE anew every time
            tx.withHandle(h -> h.createUpdate("UPDATE evidence_lock SET id = id WHERE id = 1").execute());
        }
    }

    @Override
    public void append(EvidenceEntry e) {
        tx.withHandle(h -> {
            requireFollowsHead(h, e.sequence());
            return bind(h.createUpdate(INSERT), e).execute();
        });
    }

    /** One batch in one transaction (the caller's, or its own): all entries or none. */
    @Override
    public void appendAll(List<EvidenceEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (int i = 1; i < batch.size(); i++) {
            if (batch.get(i).sequence() != batch.get(i - 1).sequence() + 1) {
                throw new IllegalArgumentException("evidence entry " + batch.get(i).sequence() + " does not follow "
                        + batch.get(i - 1).sequence() + " in the batch");
            }
        }
        tx.inTransaction(() -> tx.withHandle(h -> {
            requireFollowsHead(h, batch.get(0).sequence());
            PreparedBatch insert = h.prepareBatch(INSERT);
            batch.forEach(e -> bind(insert, e).add());
            return insert.execute();
        }));
    }

    private static void requireFollowsHead(Handle h, long sequence) {
        long latest = h.createQuery("SELECT COALESCE(MAX(sequence), 0) FROM evidence_entry").mapTo(Long.class).one();
        if (sequence != latest + 1) {
            throw new IllegalStateException("evidence entry " + sequence + " does not follow the latest entry " + latest);
        }
    }

    private static <S extends SqlStatement<S>> S bind(S s, EvidenceEntry e) {
        return s.bind("sequence", e.sequence()).bind("subject", e.subject()).bind("type", e.type())
                .bind("occurred", ts(e.occurredAt())).bind("recorded", ts(e.recordedAt())).bind("actor", e.actor())
                .bind("data", CanonicalJson.write(e.data())).bind("prev", e.prevHash()).bind("hash", e.hash());
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
