package dev.noblame.ports.memory;

import dev.noblame.evidence.EvidenceConflictException;
import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.ports.EvidenceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The chain in a list; position i holds sequence i + 1, as a primary key would enforce. */
public final class InMemoryEvidenceStore implements EvidenceStore {
    private final List<EvidenceEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(EvidenceEntry entry) {
        if (entry.sequence() != entries.size() + 1L) {
            throw new EvidenceConflictException("evidence entry " + entry.sequence() + " does not follow the head "
                    + entries.size() + ": another append extended the chain first");
        }
        entries.add(entry);
    }

    /** All or none: nothing is stored unless the first follows the head and each the one before. */
    @Override
    public synchronized void appendAll(List<EvidenceEntry> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).sequence() != entries.size() + 1L + i) {
                throw new EvidenceConflictException("evidence entry " + batch.get(i).sequence() + " does not follow "
                        + (entries.size() + i) + ": another append extended the chain first");
            }
        }
        entries.addAll(batch);
    }

    @Override
    public synchronized Optional<EvidenceEntry> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public synchronized List<EvidenceEntry> page(long afterSequence, int limit) {
        int from = (int) Math.max(0, Math.min(afterSequence, entries.size()));
        return new ArrayList<>(entries.subList(from, Math.min(entries.size(), from + limit)));
    }

    @Override
    public synchronized List<EvidenceEntry> ofSubject(String subject, long afterSequence, int limit) {
        return entries.stream()
                .filter(e -> e.sequence() > afterSequence && e.subject().equals(subject))
                .limit(limit)
                .toList();
    }
}
