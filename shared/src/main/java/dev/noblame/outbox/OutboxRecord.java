package dev.noblame.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * An outbox row as operators see it (dead letters, the API). {@code attempts} counts the
 * delivery attempts started so far; {@code lastError} is the latest failure's reason;
 * {@code nextAttemptAt} matters while pending; {@code finishedAt} is when it was delivered or
 * dead-lettered.
 */
public record OutboxRecord(long id, String topic, String idempotencyKey, String payload, OutboxState state,
                           int attempts, Instant createdAt, Instant nextAttemptAt, String lastError, Instant finishedAt) {
    public OutboxRecord {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
