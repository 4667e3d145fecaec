package dev.noblame.evidence;

import dev.noblame.common.DomainEvent;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.ports.CheckpointStore;
import dev.noblame.ports.EvidenceStore;
import java.security.PublicKey;
import java.time.Clock;
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
 * so a rolled-back transaction leaves nothing stale behind. Appends are serialised within this
 * process; across transactions and replicas the store's {@code latest()} lock does that
 * (see {@link EvidenceStore}). Call it inside the transaction that makes the change it records,
 * so the change and its evidence commit together.
 */
public final class EvidenceLog {
    public static final int DEFAULT_CHECKPOINT_EVERY = 1000;

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

    public synchronized EvidenceEntry append(EvidenceDraft draft) {
        EvidenceEntry entry = EvidenceChain.seal(entries.latest().orElse(null), draft, clock.instant());
        entries.append(entry);
        if (entry.sequence() % checkpointEvery == 0) {
            sign(entry);
        }
        return entry;
    }

    /** Records an aggregate's event; {@code actor} is null for anonymous reports. */
    public EvidenceEntry append(DomainEvent event, String actor) {
        return append(EvidenceDraft.of(event, actor));
    }

    public EvidenceEntry append(TimelineEntry entry) {
        return append(EvidenceDraft.of(entry));
    }

    /** Records the events one state change returned, in their order. */
    public synchronized List<EvidenceEntry> appendAll(List<DomainEvent> events, String actor) {
        List<EvidenceEntry> appended = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            appended.add(append(event, actor));
        }
        return appended;
    }

    /** Signs the current head; empty when the chain is empty or its head is signed already. */
    public synchronized Optional<Checkpoint> checkpoint() {
        Optional<EvidenceEntry> head = entries.latest();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long signedUpTo = checkpoints.latest().map(Checkpoint::sequence).orElse(0L);
        if (signedUpTo >= head.get().sequence()) {
            return Optional.empty();
        }
        return Optional.of(sign(head.get()));
    }

    /** The key a {@link ChainVerifier} needs to check this log's checkpoints. */
    public PublicKey verificationKey() {
        return signer.publicKey();
    }

    private Checkpoint sign(EvidenceEntry entry) {
        Checkpoint checkpoint = signer.sign(entry.sequence(), entry.hash(), clock.instant());
        checkpoints.append(checkpoint);
        return checkpoint;
    }
}
