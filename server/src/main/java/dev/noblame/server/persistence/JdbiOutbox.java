package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.ports.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table. {@link #enqueue} joins the caller's transaction, so a message is stored
 * with the change that caused it or not at all; the same (topic, key) enqueued again while
 * still pending replaces the payload, and once delivered is not sent again.
 */
public final class JdbiOutbox implements Outbox {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String DEAD = "dead";

    private final Transactions tx;
    private final Clock clock;

    public JdbiOutbox(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** One message as the operator sees it. */
    public record Row(long id, String topic, String idempotencyKey, String status, int attempts, Instant nextAttemptAt,
                      String lastError, Instant createdAt, Instant finishedAt) {
    }

    @Override
    public void enqueue(String topic, String idempotencyKey, String payloadJson) {
        Instant now = clock.instant();
        tx.withHandle(h -> {
            int updated = h.createUpdate("UPDATE outbox_messages SET payload = :payload WHERE topic = :topic "
                            + "AND idempotency_key = :key AND status = :pending")
                    .bind("payload", payloadJson).bind("topic", topic).bind("key", idempotencyKey).bind("pending", PENDING)
                    .execute();
            if (updated == 0 && !exists(topic, idempotencyKey)) {
                h.createUpdate("INSERT INTO outbox_messages (topic, idempotency_key, payload, status, attempts, next_attempt_at, "
                                + "created_at) VALUES (:topic, :key, :payload, :pending, 0, :now, :now)")
                        .bind("topic", topic).bind("key", idempotencyKey).bind("payload", payloadJson)
                        .bind("pending", PENDING).bind("now", ts(now)).execute();
            }
            return null;
        });
    }

    private boolean exists(String topic, String key) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox_messages WHERE topic = :topic AND idempotency_key = :key")
                .bind("topic", topic).bind("key", key).mapTo(Long.class).one()) > 0;
    }

    public List<Row> withStatus(String status, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT id, topic, idempotency_key, status, attempts, next_attempt_at, last_error, "
                        + "created_at, finished_at FROM outbox_messages WHERE status = :status ORDER BY id LIMIT :limit")
                .bind("status", status).bind("limit", limit)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("topic"), rs.getString("idempotency_key"),
                        rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                        rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "finished_at")))
                .list());
    }

    public long countWithStatus(String status) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox_messages WHERE status = :status")
                .bind("status", status).mapTo(Long.class).one());
    }

    public Optional<Row> find(long id) {
        return tx.withHandle(h -> h.createQuery("SELECT id, topic, idempotency_key, status, attempts, next_attempt_at, last_error, "
                        + "created_at, finished_at FROM outbox_messages WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("topic"), rs.getString("idempotency_key"),
                        rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                        rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "finished_at")))
                .findOne());
    }

    /** A dead letter goes back to the queue with a fresh attempt count. False when it is not a dead letter. */
    public boolean requeue(long id) {
        return tx.withHandle(h -> h.createUpdate("UPDATE outbox_messages SET status = :pending, attempts = 0, "
                        + "next_attempt_at = :now, finished_at = NULL WHERE id = :id AND status = :dead")
                .bind("pending", PENDING).bind("dead", DEAD).bind("now", ts(clock.instant())).bind("id", id).execute()) == 1;
    }
}
