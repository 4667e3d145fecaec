package dev.noblame.outbox;

/** Where an outbox message is in its life: waiting (possibly retrying), delivered, or parked. */
public enum OutboxState {
    PENDING,
    DELIVERED,
    /** A dead letter: rejected, unroutable or out of attempts; waits for a person to requeue it. */
    DEAD
}
