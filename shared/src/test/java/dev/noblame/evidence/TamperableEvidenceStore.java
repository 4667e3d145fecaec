package dev.noblame.evidence;

import dev.noblame.ports.EvidenceStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An evidence store that someone with write access to the table can edit behind the log's
 * back. Reads behave like SQL with {@code ORDER BY sequence}: rows come back sorted by their
 * (possibly edited) sequence number, wherever they were written.
 */
final class TamperableEvidenceStore implements EvidenceStore {
    private final List<EvidenceEntry> rows = new ArrayList<>();

    @Override
    public synchronized void append(EvidenceEntry entry) {
        rows.add(entry);
    }

    @Override
    public synchronized Optional<EvidenceEntry> latest() {
        return rows.stream().max(Comparator.comparingLong(EvidenceEntry::sequence));
    }

    @Override
    public synchronized List<EvidenceEntry> page(long afterSequence, int limit) {
        return rows.stream().filter(e -> e.sequence() > afterSequence)
                .sorted(Comparator.comparingLong(EvidenceEntry::sequence)).limit(limit).toList();
    }

    @Override
    public synchronized List<EvidenceEntry> ofSubject(String subject, long afterSequence, int limit) {
        return page(afterSequence, Integer.MAX_VALUE).stream().filter(e -> e.subject().equals(subject)).limit(limit).toList();
    }

    /** UPDATE evidence SET ... WHERE sequence = ? */
    synchronized EvidenceEntry update(long sequence, UnaryOperator<EvidenceEntry> edit) {
        int i = indexOf(sequence);
        rows.set(i, edit.apply(rows.get(i)));
        return rows.get(i);
    }

    /** DELETE FROM evidence WHERE sequence = ? */
    synchronized void delete(long sequence) {
        rows.remove(indexOf(sequence));
    }

    synchronized EvidenceEntry get(long sequence) {
        return rows.get(indexOf(sequence));
    }

    synchronized int size() {
        return rows.size();
    }

    private int indexOf(long sequence) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sequence() == sequence) {
                return i;
            }
        }
        throw new IllegalArgumentException("no row with sequence " + sequence);
    }
}
