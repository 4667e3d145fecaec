package dev.noblame.ports.memory;

import dev.noblame.evidence.Checkpoint;
import dev.noblame.evidence.EvidenceConflictException;
import dev.noblame.ports.CheckpointStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryCheckpointStore implements CheckpointStore {
    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();

    @Override
    public synchronized void append(Checkpoint checkpoint) {
        if (checkpoints.putIfAbsent(checkpoint.sequence(), checkpoint) != null) {
            throw new EvidenceConflictException("a checkpoint for evidence entry " + checkpoint.sequence() + " exists already");
        }
    }

    @Override
    public synchronized Optional<Checkpoint> latest() {
        return Optional.ofNullable(checkpoints.lastEntry()).map(Map.Entry::getValue);
    }

    @Override
    public synchronized List<Checkpoint> page(long afterSequence, int limit) {
        return new ArrayList<>(checkpoints.tailMap(afterSequence, false).values()).subList(0,
                Math.min(limit, checkpoints.tailMap(afterSequence, false).size()));
    }
}
