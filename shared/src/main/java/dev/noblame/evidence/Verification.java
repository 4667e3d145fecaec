package dev.noblame.evidence;

import java.util.Optional;

/**
 * What {@link ChainVerifier} found: how much it checked, the head it reached, and the first
 * break, if any ({@code firstBreak} is null when the chain verifies).
 */
public record Verification(long entriesChecked, long checkpointsChecked, long headSequence, String headHash,
                           ChainBreak firstBreak) {
    public boolean ok() {
        return firstBreak == null;
    }

    public Optional<ChainBreak> broken() {
        return Optional.ofNullable(firstBreak);
    }

    /** One line for a terminal or a log. */
    public String summary() {
        if (ok()) {
            return "evidence chain OK: " + entriesChecked + " entries, " + checkpointsChecked
                    + " signed checkpoints, head " + headSequence + (headHash == null ? "" : " " + headHash);
        }
        return "evidence chain BROKEN at " + firstBreak.sequence() + " (" + firstBreak.kind() + "): "
                + firstBreak.message();
    }
}
