package dev.noblame.server.evidence;

import dev.noblame.evidence.ChainVerifier;
import dev.noblame.evidence.Checkpoint;
import dev.noblame.evidence.CheckpointSigner;
import dev.noblame.evidence.EvidenceDraft;
import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.evidence.EvidenceKeys;
import dev.noblame.evidence.EvidenceLog;
import dev.noblame.evidence.Verification;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.server.persistence.JdbiCheckpointStore;
import dev.noblame.server.persistence.JdbiEvidenceStore;
import dev.noblame.server.persistence.Transactions;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The hub's evidence chain: the shared {@link EvidenceLog} over the database stores, with the
 * signing key kept under the data directory (or {@code evidence.key_dir}).
 *
 * <p>Every way in takes the chain's database lock before the log's own monitor. The log is
 * synchronised within the process, and a transaction that holds the database lock may append
 * again; taking the lock first means no thread ever waits for the lock while holding the
 * monitor, which would deadlock against a transaction appending its second entry.
 */
public final class Evidence {
    private final Transactions tx;
    private final JdbiEvidenceStore entries;
    private final JdbiCheckpointStore checkpoints;
    private final EvidenceLog log;
    private final PublicKey publicKey;

    public Evidence(Transactions tx, KeyPair keys, int checkpointEvery, Clock clock) {
        this.tx = tx;
        this.entries = new JdbiEvidenceStore(tx);
        this.checkpoints = new JdbiCheckpointStore(tx);
        this.log = new EvidenceLog(entries, checkpoints, new CheckpointSigner(keys), checkpointEvery, clock);
        this.publicKey = keys.getPublic();
    }

    public static KeyPair keys(Path keyDir) {
        return EvidenceKeys.loadOrCreate(keyDir);
    }

    /** Appends several facts in order, in the caller's transaction, as one batch. */
    public List<EvidenceEntry> appendAll(List<EvidenceDraft> drafts) {
        return tx.inTransaction(() -> {
            entries.lockHead();
            return log.appendDrafts(drafts);
        });
    }

    public EvidenceEntry append(TimelineEntry entry) {
        return tx.inTransaction(() -> {
            entries.lockHead();
            return log.append(entry);
        });
    }

    /** Signs the current head now; empty when there is nothing new to sign. */
    public Optional<Checkpoint> checkpoint() {
        return tx.inTransaction(() -> {
            entries.lockHead();
            return log.checkpoint();
        });
    }

    public Verification verify() {
        return verifier(entries, checkpoints, List.of(publicKey)).verify();
    }

    public static ChainVerifier verifier(JdbiEvidenceStore entries, JdbiCheckpointStore checkpoints, List<PublicKey> trusted) {
        return new ChainVerifier(entries, checkpoints, trusted, ChainVerifier.DEFAULT_PAGE_SIZE);
    }

    public List<EvidenceEntry> ofSubject(String subject, long afterSequence, int limit) {
        return entries.ofSubject(subject, afterSequence, limit);
    }

    /** The entries, read-only use: the web UI checks one incident's links for its "chain verified" badge. */
    public dev.noblame.ports.EvidenceStore store() {
        return entries;
    }

    public long size() {
        return entries.count();
    }

    public PublicKey publicKey() {
        return publicKey;
    }
}
