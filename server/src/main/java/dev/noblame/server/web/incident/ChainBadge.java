package dev.noblame.server.web.incident;

import dev.noblame.evidence.EvidenceChain;
import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.ports.EvidenceStore;
import java.util.List;
import java.util.Optional;

/**
 * The "chain verified" badge of one incident: every evidence entry about the incident still
 * hashes to what it says, and still links to the entry before it in the whole chain. It reads
 * only this incident's entries and their predecessors, so it is cheap enough for a page view;
 * {@code noblame evidence verify} checks the whole chain and its signed checkpoints.
 */
public final class ChainBadge {
    /** At most this many of an incident's entries are checked on a page view. */
    static final int LIMIT = 2000;

    public record Result(boolean verified, int entries, String message) {
    }

    private final EvidenceStore store;

    public ChainBadge(EvidenceStore store) {
        this.store = store;
    }

    public Result check(String subject) {
        List<EvidenceEntry> mine = store.ofSubject(subject, 0, LIMIT);
        if (mine.isEmpty()) {
            return new Result(false, 0, "No evidence has been recorded for " + subject + " yet.");
        }
        for (EvidenceEntry e : mine) {
            if (!EvidenceChain.hashOf(e).equals(e.hash())) {
                return new Result(false, mine.size(), "Entry " + e.sequence() + " (" + e.type() + ") was changed after it was recorded.");
            }
            String expectedPrev = predecessor(e.sequence()).map(EvidenceEntry::hash).orElse(EvidenceChain.GENESIS);
            if (!expectedPrev.equals(e.prevHash())) {
                return new Result(false, mine.size(), "Entry " + e.sequence() + " (" + e.type() + ") no longer links to the entry before it.");
            }
        }
        return new Result(true, mine.size(), mine.size() + (mine.size() == 1 ? " entry" : " entries")
                + " about " + subject + " hash and link correctly.");
    }

    private Optional<EvidenceEntry> predecessor(long sequence) {
        if (sequence <= 1) {
            return Optional.empty();
        }
        List<EvidenceEntry> page = store.page(sequence - 2, 1);
        return page.isEmpty() || page.get(0).sequence() != sequence - 1 ? Optional.empty() : Optional.of(page.get(0));
    }
}
