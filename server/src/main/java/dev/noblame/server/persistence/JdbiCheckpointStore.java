package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.evidence.Checkpoint;
import dev.noblame.ports.CheckpointStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Signed checkpoints of the evidence chain; append-only. */
public final class JdbiCheckpointStore implements CheckpointStore {
    private static final String COLUMNS = "sequence, hash, signed_at, key_id, signature";
    private final Transactions tx;

    public JdbiCheckpointStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(Checkpoint c) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO evidence_checkpoint (" + COLUMNS + ") VALUES (:sequence, :hash, :signed, "
                        + ":key, :signature)")
                .bind("sequence", c.sequence()).bind("hash", c.hash()).bind("signed", ts(c.signedAt()))
                .bind("key", c.keyId()).bind("signature", c.signature()).execute());
    }

    @Override
    public Optional<Checkpoint> latest() {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM evidence_checkpoint ORDER BY sequence DESC LIMIT 1")
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<Checkpoint> page(long afterSequence, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM evidence_checkpoint WHERE sequence > :after "
                        + "ORDER BY sequence LIMIT :limit")
                .bind("after", afterSequence).bind("limit", limit).map((rs, ctx) -> read(rs)).list());
    }

    private static Checkpoint read(ResultSet rs) throws SQLException {
        return new Checkpoint(rs.getLong("sequence"), rs.getString("hash").strip(), instant(rs, "signed_at"),
                rs.getString("key_id"), rs.getString("signature"));
    }
}
