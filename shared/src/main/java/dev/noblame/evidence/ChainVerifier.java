package dev.noblame.evidence;

import dev.noblame.evidence.ChainBreak.Kind;
import dev.noblame.ports.CheckpointStore;
import dev.noblame.ports.EvidenceStore;
import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Walks the whole evidence chain in pages, holding only one page at a time, and checks each
 * entry in sequence order: its number follows the previous one, its {@code prev_hash} is the
 * previous entry's hash, its content hashes to its hash; then every checkpoint at that
 * sequence: signed by a trusted key and vouching for that very hash. It stops at the first
 * break. Checkpoints beyond the last entry mean the chain was cut short.
 *
 * <p>Only checkpoints that existed when the walk began are considered, so a checkpoint
 * written while a long verification runs is not mistaken for a truncated chain.
 */
public final class ChainVerifier {
    public static final int DEFAULT_PAGE_SIZE = 500;

    private final EvidenceStore entries;
    private final CheckpointStore checkpoints;
    private final Map<String, PublicKey> trusted = new HashMap<>();
    private final int pageSize;

    public ChainVerifier(EvidenceStore entries, CheckpointStore checkpoints, Collection<PublicKey> trustedKeys,
                         int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1 (got " + pageSize + ")");
        }
        this.entries = Objects.requireNonNull(entries, "entries");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        trustedKeys.forEach(key -> trusted.put(EvidenceKeys.keyId(key), key));
        this.pageSize = pageSize;
    }

    public ChainVerifier(EvidenceStore entries, CheckpointStore checkpoints, PublicKey trustedKey) {
        this(entries, checkpoints, List.of(trustedKey), DEFAULT_PAGE_SIZE);
    }

    public Verification verify() {
        long checkpointHorizon = checkpoints.latest().map(Checkpoint::sequence).orElse(0L);
        CheckpointCursor pending = new CheckpointCursor(checkpointHorizon);
        long expected = 1;
        String prevHash = EvidenceChain.GENESIS;
        long checkedCheckpoints = 0;
        List<EvidenceEntry> page = entries.page(0, pageSize);
        while (!page.isEmpty()) {
            for (EvidenceEntry entry : page) {
                ChainBreak broken = checkEntry(entry, expected, prevHash);
                if (broken == null) {
                    for (Checkpoint cp = pending.peek(); cp != null && cp.sequence() <= entry.sequence(); cp = pending.peek()) {
                        broken = checkCheckpoint(cp, entry);
                        if (broken != null) {
                            break;
                        }
                        pending.next();
                        checkedCheckpoints++;
                    }
                }
                if (broken != null) {
                    return new Verification(expected - 1, checkedCheckpoints, expected - 1, prevHash, broken);
                }
                prevHash = entry.hash();
                expected++;
            }
            page = entries.page(page.get(page.size() - 1).sequence(), pageSize);
        }
        long head = expected - 1;
        Checkpoint beyond = pending.peek();
        ChainBreak broken = beyond == null ? null : checkBeyondHead(beyond, head);
        return new Verification(head, checkedCheckpoints, head, head == 0 ? null : prevHash, broken);
    }

    private static ChainBreak checkEntry(EvidenceEntry entry, long expected, String prevHash) {
        if (entry.sequence() != expected) {
            String what = entry.sequence() > expected
                    ? "entries " + expected + (entry.sequence() - 1 > expected ? ".." + (entry.sequence() - 1) : "")
                            + " are missing (the next entry found is " + entry.sequence() + ")"
                    : "entry " + entry.sequence() + " appears where entry " + expected + " should be (reordered or duplicated)";
            return new ChainBreak(expected, Kind.SEQUENCE_GAP, Long.toString(expected), Long.toString(entry.sequence()), what);
        }
        if (!entry.prevHash().equals(prevHash)) {
            return new ChainBreak(expected, Kind.BROKEN_LINK, prevHash, entry.prevHash(), "entry " + expected
                    + " does not link to entry " + (expected - 1) + ": its prev_hash is not that entry's hash");
        }
        String recomputed = EvidenceChain.hashOf(entry);
        if (!recomputed.equals(entry.hash())) {
            return new ChainBreak(expected, Kind.ALTERED_ENTRY, recomputed, entry.hash(), "entry " + expected
                    + " (" + entry.type() + " " + entry.subject() + ") was altered: its content no longer matches its hash");
        }
        return null;
    }

    private ChainBreak checkCheckpoint(Checkpoint cp, EvidenceEntry entry) {
        ChainBreak forged = checkSignature(cp);
        if (forged != null) {
            return forged;
        }
        if (cp.sequence() != entry.sequence()) {
            return new ChainBreak(cp.sequence(), Kind.CHECKPOINT_MISMATCH, cp.hash(), null,
                    "a signed checkpoint vouches for entry " + cp.sequence() + ", which the chain does not have");
        }
        if (!cp.hash().equals(entry.hash())) {
            return new ChainBreak(cp.sequence(), Kind.CHECKPOINT_MISMATCH, cp.hash(), entry.hash(), "the checkpoint signed at "
                    + cp.signedAt() + " vouches for a different hash of entry " + cp.sequence()
                    + ": the chain up to there was rewritten");
        }
        return null;
    }

    private ChainBreak checkBeyondHead(Checkpoint cp, long head) {
        ChainBreak forged = checkSignature(cp);
        if (forged != null) {
            return forged;
        }
        return new ChainBreak(cp.sequence(), Kind.CHECKPOINT_MISMATCH, cp.hash(), null, "a checkpoint signed at "
                + cp.signedAt() + " vouches for entry " + cp.sequence() + " but the chain ends at " + head
                + ": entries were removed from its end");
    }

    private ChainBreak checkSignature(Checkpoint cp) {
        PublicKey key = trusted.get(cp.keyId());
        if (key == null || !CheckpointSigner.verifies(cp, key)) {
            String why = key == null ? "is signed with key " + cp.keyId() + ", which is not trusted"
                    : "has a signature that does not verify";
            return new ChainBreak(cp.sequence(), Kind.BAD_CHECKPOINT_SIGNATURE, String.join(",", trusted.keySet()),
                    cp.keyId(), "the checkpoint for entry " + cp.sequence() + " " + why);
        }
        return null;
    }

    /** Pages through the checkpoints up to the horizon, one page in memory. */
    private final class CheckpointCursor {
        private final long horizon;
        private final Deque<Checkpoint> buffer = new ArrayDeque<>();
        private long after;
        private boolean exhausted;

        CheckpointCursor(long horizon) {
            this.horizon = horizon;
            this.exhausted = horizon == 0;
        }

        Checkpoint peek() {
            if (buffer.isEmpty() && !exhausted) {
                List<Checkpoint> page = checkpoints.page(after, pageSize);
                for (Checkpoint cp : page) {
                    if (cp.sequence() <= horizon) {
                        buffer.add(cp);
                    }
                }
                exhausted = page.isEmpty() || page.get(page.size() - 1).sequence() >= horizon;
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).sequence();
                }
            }
            return buffer.peek();
        }

        void next() {
            buffer.poll();
        }
    }
}
