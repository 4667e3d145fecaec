package dev.noblame.ports;

import dev.noblame.outbox.OutboxRecord;
import dev.noblame.outbox.TopicStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table, as the delivery worker and operators use it.
 *
 * <p>{@link #enqueue} is idempotent on (topic, idempotency key): a second enqueue of a key
 * that exists in any state (pending, delivered, dead) stores nothing, so a use case retried
 * after a failure cannot send the same change twice. A new message is due at once.
 *
 * <p>Delivery is claimed, so that several workers (threads or {@code serve} replicas) never
 * work on one message at the same time: {@link #claim} takes due messages for an owner for
 * a lease. A database adapter does that in one statement that skips rows others hold, e.g.
 * on PostgreSQL {@code UPDATE outbox SET claimed_by = :owner, lease_until = :now + :lease,
 * attempts = attempts + 1 WHERE id IN (SELECT id FROM outbox WHERE state = 'pending' AND
 * next_attempt_at <= :now AND (lease_until IS NULL OR lease_until <= :now) ORDER BY id
 * LIMIT :n FOR UPDATE SKIP LOCKED) RETURNING *}. The outcome methods only apply while the
 * message is still claimed by that owner (a worker whose lease ran out and whose message was
 * claimed again must not overwrite the newer outcome); they return false otherwise.
 */
public interface OutboxStore extends Outbox {
    /**
     * Claims up to {@code limit} pending messages due at {@code now} that nobody holds (or whose
     * lease ended), oldest id first, for {@code owner} until {@code now + lease}; counts the
     * attempt, so each returned message's {@code attempts} is the number of this attempt (1 = first).
     */
    List<OutboxMessage> claim(String owner, Instant now, Duration lease, int limit);

    /** The message reached its host: state delivered at {@code at}. */
    boolean markDelivered(long id, String owner, Instant at);

    /** The attempt failed and may succeed later: pending again, due at {@code nextAttemptAt}, claim released. */
    boolean reschedule(long id, String owner, Instant nextAttemptAt, String lastError);

    /** The message will not be delivered as it is: state dead, with the reason, claim released. */
    boolean deadLetter(long id, String owner, Instant at, String reason);

    Optional<OutboxRecord> find(long id);

    /** Up to {@code limit} dead letters with {@code id > afterId}, ascending. */
    List<OutboxRecord> deadLetters(long afterId, int limit);

    /** Gives a dead letter a fresh set of attempts, due at {@code now}; false when {@code id} is no dead letter. */
    boolean requeue(long id, Instant now);

    /** One row per topic that has any message. */
    List<TopicStats> topics();

    /**
     * Deletes delivered messages finished before {@code before}; returns how many. After that
     * their keys can be enqueued again, so keep delivered rows longer than any use case retries.
     */
    int purgeDelivered(Instant before);
}
