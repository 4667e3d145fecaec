package dev.noblame.evidence;

import dev.noblame.common.DomainEvent;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.ports.CheckpointStore;
import dev.noblame.ports.EvidenceStore;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Appending to the evidence chain: each fact is sealed onto the current head
 * ({@link EvidenceChain#seal}) and stored; every {@code checkpointEvery} entries, and whenever
 * {@link #checkpoint()} is called, the head is signed.
 *
 * <p>The log keeps no head of its own in memory: it reads it from the store on every append,
 * so a rolled-back transaction leaves nothing stale behind. It holds no lock of its own
 * either: a database store's {@code latest()} locks the head until the transaction ends (see
 * {@link EvidenceStore}), and a Java monitor held while waiting for that lock would deadlock
 * against a transaction that already holds it and appends a second entry. A store without
 * transactions refuses an entry that no longer follows its head
 * ({@link EvidenceConflictException}) and the log seals it again onto the new head. Call the
 * log inside the transaction that makes the change it records, so both commit together.
 */
public final class EvidenceLog {
    public static final int DEFAULT_CHECKPOINT_EVERY = 1000;
    /** Appends racing on a store without transactions; past this many lost races something is wrong. */
    static final int MAX_CONFLICTS = 10_000;

    private final EvidenceStore entries;
    private final CheckpointStore checkpoints;
    private final CheckpointSigner signer;
    private final int checkpointEvery;
    private final Clock clock;

    /** A log that signs a checkpoint every {@code checkpointEvery} entries (and on demand). */
    public EvidenceLog(EvidenceStore entries, CheckpointStore checkpoints, CheckpointSigner signer,
                       int checkpointEvery, Clock clock) {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be at least 1 (got " + checkpointEvery + ")");
        }
        this.entries = Objects.requireNonNull(entries, "entries");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.checkpointEvery = checkpointEvery;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public EvidenceEntry append(EvidenceDraft draft) {
        return appendDrafts(List.of(draft)).get(0);
    }

    /**
     * Appends the facts in their order, sealing each onto the one before: one read of the
     * head and one store call for all of them, which is what lets group-committed intake
     * record a whole batch of reports cheaply. Checkpoints fall where they would one by one.
     */
    public List<EvidenceEntry> appendDrafts(List<EvidenceDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            List<EvidenceEntry> sealed = new ArrayList<>(drafts.size());
            EvidenceEntry previous = entries.latest().orElse(null);
            for (EvidenceDraft draft : drafts) {
                previous = EvidenceChain.seal(previous, draft, now);
                sealed.add(previous);
            }
            try {
                entries.appendAll(sealed);
            } catch (EvidenceConflictException moved) {
                if (attempt >= MAX_CONFLICTS) {
                    throw moved;
                }
                continue;
            }
            for (EvidenceEntry entry : sealed) {
                if (entry.sequence() % checkpointEvery == 0) {
                    signIfUnsigned(entry);
                }
            }
            return sealed;
        }
    }

    /** Records an aggregate's event; {@code actor} is null for anonymous reports. */
    public EvidenceEntry append(DomainEvent event, String actor) {
        return append(EvidenceDraft.of(event, actor));
    }

    public EvidenceEntry append(TimelineEntry entry) {
        return append(EvidenceDraft.of(entry));
    }

    /** Signs the current head; empty when the chain is empty or its head is signed already. */
    public Optional<Checkpoint> checkpoint() {
        Optional<EvidenceEntry> head = entries.latest();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long signedUpTo = checkpoints.latest().map(Checkpoint::sequence).orElse(0L);
        if (signedUpTo >= head.get().sequence()) {
            return Optional.empty();
        }
        return signIfUnsigned(head.get());
    }

    /** The key a {@link ChainVerifier} needs to check this log's checkpoints. */
    public PublicKey verificationKey() {
        return signer.publicKey();
    }

    /** Empty when another thread signed the same entry first. */
    private Optional<Checkpoint> signIfUnsigned(EvidenceEntry entry) {
        Checkpoint checkpoint = signer.sign(entry.sequence(), entry.hash(), clock.instant());
        try {
            checkpoints.append(checkpoint);
            return Optional.of(checkpoint);
        } catch (EvidenceConflictException signedAlready) {
            return Optional.empty();
        }
    }
}
