package dev.noblame.evidence;

import java.util.Objects;

/**
 * The first place where the evidence chain is not what it claims to be. {@code sequence} is
 * the entry (or checkpoint) position where it shows; {@code expected} and {@code found} are
 * the two values that disagree (hashes, or sequence numbers for a gap).
 */
public record ChainBreak(long sequence, Kind kind, String expected, String found, String message) {
    public enum Kind {
        /** The entry's content no longer hashes to the hash it carries: a field was changed. */
        ALTERED_ENTRY,
        /** The entry's prev_hash is not the previous entry's hash: an entry was replaced or rehashed. */
        BROKEN_LINK,
        /** The next entry does not carry the next sequence number: entries were removed or reordered. */
        SEQUENCE_GAP,
        /** A checkpoint's signature does not verify with any trusted key: it was forged or edited. */
        BAD_CHECKPOINT_SIGNATURE,
        /** A genuine checkpoint vouches for a hash the chain no longer has, or for an entry it lost. */
        CHECKPOINT_MISMATCH
    }

    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
