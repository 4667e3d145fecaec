package dev.noblame.ports;

import dev.noblame.evidence.EvidenceEntry;
import java.util.List;
import java.util.Optional;

/**
 * Where the evidence chain is kept. Append-only: there is no update and no delete, and an
 * adapter's database user should not be granted them on the evidence table either.
 *
 * <p>{@link dev.noblame.evidence.EvidenceLog} calls {@link #latest()} then {@link #append}
 * inside the caller's transaction. A database adapter must therefore make {@code latest()}
 * hold a lock on the chain head until that transaction ends (for example
 * {@code SELECT id FROM evidence_lock WHERE id = 1 FOR UPDATE}, or PostgreSQL's
 * {@code pg_advisory_xact_lock}), or two transactions, in one process or in two replicas,
 * would both extend the same head. The primary key on {@code sequence} is the backstop:
 * {@code append} then fails and nothing is written.
 * A store without transactions (in memory) throws
 * {@link dev.noblame.evidence.EvidenceConflictException} instead, and the log retries.
 */
public interface EvidenceStore {
    /**
     * Stores the entry exactly as given. Fails (and stores nothing) unless its sequence is one
     * past the latest entry's, preferably with {@link dev.noblame.evidence.EvidenceConflictException};
     * the chain itself is the caller's business.
     */
    void append(EvidenceEntry entry);

    /**
     * Stores consecutive entries, the first one past the latest entry, all or none. A
     * database store does it inside the caller's transaction (so a failure rolls them all
     * back) and may send them in one batch; this default appends them one by one, which is
     * all-or-none only there.
     */
    default void appendAll(List<EvidenceEntry> entries) {
        entries.forEach(this::append);
    }

    /** The entry with the highest sequence; see the class comment for locking. */
    Optional<EvidenceEntry> latest();

    /** Up to {@code limit} entries with {@code sequence > afterSequence}, in ascending sequence order. */
    List<EvidenceEntry> page(long afterSequence, int limit);

    /** Up to {@code limit} entries about {@code subject} with {@code sequence > afterSequence}, ascending. */
    List<EvidenceEntry> ofSubject(String subject, long afterSequence, int limit);
}
