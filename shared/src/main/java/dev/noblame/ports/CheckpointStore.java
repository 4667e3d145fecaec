package dev.noblame.ports;

import dev.noblame.evidence.Checkpoint;
import java.util.List;
import java.util.Optional;

/** Signed checkpoints of the evidence chain; append-only, at most one per chain sequence. */
public interface CheckpointStore {
    /** Stores the checkpoint; fails when one exists for its sequence already. */
    void append(Checkpoint checkpoint);

    /** The checkpoint with the highest sequence. */
    Optional<Checkpoint> latest();

    /** Up to {@code limit} checkpoints with {@code sequence > afterSequence}, in ascending sequence order. */
    List<Checkpoint> page(long afterSequence, int limit);
}
