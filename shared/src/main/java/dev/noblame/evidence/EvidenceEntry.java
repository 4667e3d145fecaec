package dev.noblame.evidence;

import dev.noblame.common.ValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One link of the evidence chain, as stored. {@code sequence} counts from 1 without gaps;
 * {@code prevHash} is the previous entry's {@code hash} ({@link EvidenceChain#GENESIS} for the
 * first); {@code hash} is {@link EvidenceChain#hash} of {@code prevHash} and {@link #canonicalJson()}.
 * Hashes are 64 lower-case hex digits. {@code recordedAt} is when the log wrote it, which may be
 * later than {@code occurredAt} (a timeline entry written after the fact is visible as such).
 *
 * <p>The record checks only shapes, never the chain: a tampered entry read back from a store
 * must still be representable so that {@link ChainVerifier} can name it.
 */
public record EvidenceEntry(long sequence, String subject, String type, Instant occurredAt, Instant recordedAt,
                            String actor, Map<String, String> data, String prevHash, String hash) {

    public EvidenceEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        occurredAt = CanonicalJson.instant(occurredAt);
        recordedAt = CanonicalJson.instant(recordedAt);
        data = EvidenceDraft.normalised(data);
        requireHash(prevHash, "prevHash");
        requireHash(hash, "hash");
    }

    /**
     * The canonical JSON of every field but {@code hash}; keys are {@code actor}, {@code data},
     * {@code occurred_at}, {@code prev_hash}, {@code recorded_at}, {@code sequence},
     * {@code subject}, {@code type} ({@code actor} is {@code null} when absent).
     */
    public String canonicalJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", sequence);
        fields.put("subject", subject);
        fields.put("type", type);
        fields.put("occurred_at", occurredAt);
        fields.put("recorded_at", recordedAt);
        fields.put("actor", actor);
        fields.put("data", data);
        fields.put("prev_hash", prevHash);
        return CanonicalJson.write(fields);
    }

    public EvidenceDraft draft() {
        return new EvidenceDraft(subject, type, occurredAt, actor, data);
    }

    static void requireHash(String value, String field) {
        if (!isHex64(value)) {
            throw ValidationException.field(field, "must be 64 lower-case hex digits (got '" + value + "')");
        }
    }

    private static boolean isHex64(String value) {
        if (value == null || value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
