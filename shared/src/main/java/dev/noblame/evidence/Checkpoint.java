package dev.noblame.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A signed statement "the chain's entry {@code sequence} has hash {@code hash}", made at
 * {@code signedAt} with the key {@code keyId} ({@link EvidenceKeys#keyId}). Whoever holds the
 * public key can then prove that the chain up to there was neither rewritten nor cut short,
 * even by someone who could recompute every hash. {@code signature} is the base64 Ed25519
 * signature of {@link #signedBytes()}.
 */
public record Checkpoint(long sequence, String hash, Instant signedAt, String keyId, String signature) {
    public Checkpoint {
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        EvidenceEntry.requireHash(hash, "hash");
        signedAt = CanonicalJson.instant(signedAt);
    }

    /** UTF-8 canonical JSON of {@code {"hash","key_id","sequence","signed_at"}}: what the signature covers. */
    public byte[] signedBytes() {
        return signedBytes(sequence, hash, signedAt, keyId);
    }

    static byte[] signedBytes(long sequence, String hash, Instant signedAt, String keyId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", sequence);
        fields.put("hash", hash);
        fields.put("signed_at", signedAt);
        fields.put("key_id", keyId);
        return CanonicalJson.write(fields).getBytes(StandardCharsets.UTF_8);
    }
}
