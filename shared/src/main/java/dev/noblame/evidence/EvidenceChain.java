package dev.noblame.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hashing rule of the chain, free of any storage: {@code hash = SHA-256(prev_hash ||
 * canonical JSON)}, where {@code prev_hash} enters as its 32 raw bytes (the hex decoded) and
 * the canonical JSON ({@link EvidenceEntry#canonicalJson()}) as UTF-8. The first entry links
 * to {@link #GENESIS}, 32 zero bytes.
 */
public final class EvidenceChain {
    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private EvidenceChain() {
    }

    /** The entry that follows {@code previous} (null for the first entry of the chain). */
    public static EvidenceEntry seal(EvidenceEntry previous, EvidenceDraft draft, Instant recordedAt) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String prevHash = previous == null ? GENESIS : previous.hash();
        EvidenceEntry unsealed = new EvidenceEntry(sequence, draft.subject(), draft.type(), draft.occurredAt(),
                recordedAt, draft.actor(), draft.data(), prevHash, GENESIS);
        return withHash(unsealed, hashOf(unsealed));
    }

    /** The hash the entry's content calls for, whatever hash it carries. */
    public static String hashOf(EvidenceEntry entry) {
        return hash(entry.prevHash(), entry.canonicalJson());
    }

    public static String hash(String prevHash, String canonicalJson) {
        MessageDigest sha = sha256();
        sha.update(HEX.parseHex(prevHash));
        sha.update(canonicalJson.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static EvidenceEntry withHash(EvidenceEntry e, String hash) {
        return new EvidenceEntry(e.sequence(), e.subject(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(),
                e.data(), e.prevHash(), hash);
    }
}
