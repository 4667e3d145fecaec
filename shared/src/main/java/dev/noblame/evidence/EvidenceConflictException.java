package dev.noblame.evidence;

/**
 * A store refused an append because the chain moved meanwhile: the entry does not follow the
 * current head, or the checkpoint's sequence is signed already. Nothing was stored; the
 * {@link EvidenceLog} reads the new head and tries again.
 */
public final class EvidenceConflictException extends RuntimeException {
    public EvidenceConflictException(String message) {
        super(message);
    }
}
