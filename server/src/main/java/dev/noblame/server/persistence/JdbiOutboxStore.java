package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.common.Wire;
import dev.noblame.outbox.OutboxRecord;
import dev.noblame.outbox.OutboxState;
import dev.noblame.outbox.TopicStats;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.OutboxStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table. {@link #enqueue} joins the caller's transaction, so a message is stored
 * with the change that caused it or not at all; a key enqueued twice is stored once. Claims
 * lock due rows with {@code FOR UPDATE SKIP LOCKED}, so several workers and replicas never
 * hold the same message.
 */
public final class JdbiOutboxStore implements OutboxStore {
    private static final String COLUMNS = "id, topic, idempotency_key, payload, state, attempts, created_at, next_attempt_at, "
            + "last_error, finished_at";
    private static final String PENDING = "pending";
    private static final String DELIVERED = "delivered";
    private static final String DEAD = "dead";

    private final Transactions tx;
    private final Clock clock;

    public JdbiOutboxStore(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void enqueue(String topic, String idempotencyKey, String payloadJson) {
        Instant now = clock.instant();
        tx.withHandle(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM outbox WHERE topic = :topic AND idempotency_key = :key")
                    .bind("topic", topic).bind("key", idempotencyKey).mapTo(Long.class).one() > 0;
            if (!exists) {
                h.createUpdate("INSERT INTO outbox (topic, idempotency_key, payload, state, attempts, created_at, next_attempt_at) "
                                + "VALUES (:topic, :key, :payload, :pending, 0, :now, :now)")
                        .bind("topic", topic).bind("key", idempotencyKey).bind("payload", payloadJson)
                        .bind("pending", PENDING).bind("now", ts(now)).execute();
            }
            return null;
        });
    }

    @Override
    public List<OutboxMessage> claim(String owner, Instant now, Duration lease, int limit) {
        return tx.inTransaction(() -> tx.withHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM outbox WHERE state = :pending AND next_attempt_at <= :now "
                            + "AND (lease_until IS NULL OR lease_until <= :now) ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("pending", PENDING).bind("now", ts(now)).bind("limit", limit).mapTo(Long.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            h.createUpdate("UPDATE outbox SET claimed_by = :owner, lease_until = :until, attempts = attempts + 1 "
                            + "WHERE id IN (<ids>)")
                    .bind("owner", owner).bind("until", ts(now.plus(lease))).bindList("ids", ids).execute();
            return h.createQuery("SELECT id, topic, idempotency_key, payload, attempts FROM outbox WHERE id IN (<ids>) ORDER BY id")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> new OutboxMessage(rs.getLong("id"), rs.getString("topic"), rs.getString("idempotency_key"),
                            rs.getString("payload"), rs.getInt("attempts")))
                    .list();
        }));
    }

    @Override
    public boolean markDelivered(long id, String owner, Instant at) {
        return tx.withHandle(h -> h.createUpdate("UPDATE outbox SET state = :delivered, finished_at = :at, claimed_by = NULL, "
                        + "lease_until = NULL WHERE id = :id AND claimed_by = :owner AND state = :pending")
                .bind("delivered", DELIVERED).bind("at", ts(at)).bind("id", id).bind("owner", owner).bind("pending", PENDING)
                .execute()) == 1;
    }

    @Override
    public boolean reschedule(long id, String owner, Instant nextAttemptAt, String lastError) {
        return tx.withHandle(h -> h.createUpdate("UPDATE outbox SET next_attempt_at = :next, last_error = :error, claimed_by = NULL, "
                        + "lease_until = NULL WHERE id = :id AND claimed_by = :owner AND state = :pending")
                .bind("next", ts(nextAttemptAt)).bind("error", cut(lastError)).bind("id", id).bind("owner", owner)
                .bind("pending", PENDING).execute()) == 1;
    }

    @Override
    public boolean deadLetter(long id, String owner, Instant at, String reason) {
        return tx.withHandle(h -> h.createUpdate("UPDATE outbox SET state = :dead, finished_at = :at, last_error = :error, "
                        + "claimed_by = NULL, lease_until = NULL WHERE id = :id AND claimed_by = :owner AND state = :pending")
                .bind("dead", DEAD).bind("at", ts(at)).bind("error", cut(reason)).bind("id", id).bind("owner", owner)
                .bind("pending", PENDING).execute()) == 1;
    }

    @Override
    public Optional<OutboxRecord> find(long id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<OutboxRecord> deadLetters(long afterId, int limit) {
        return withState(DEAD, afterId, limit);
    }

    /** Pending messages (the backlog), oldest first. */
    public List<OutboxRecord> pending(long afterId, int limit) {
        return withState(PENDING, afterId, limit);
    }

    private List<OutboxRecord> withState(String state, long afterId, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE state = :state AND id > :after "
                        + "ORDER BY id LIMIT :limit")
                .bind("state", state).bind("after", afterId).bind("limit", limit).map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public boolean requeue(long id, Instant now) {
        return tx.withHandle(h -> h.createUpdate("UPDATE outbox SET state = :pending, attempts = 0, next_attempt_at = :now, "
                        + "finished_at = NULL, claimed_by = NULL, lease_until = NULL WHERE id = :id AND state = :dead")
                .bind("pending", PENDING).bind("now", ts(now)).bind("id", id).bind("dead", DEAD).execute()) == 1;
    }

    @Override
    public List<TopicStats> topics() {
        return tx.withHandle(h -> h.createQuery("SELECT topic, "
                        + "SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END) AS pending, "
                        + "SUM(CASE WHEN state = 'dead' THEN 1 ELSE 0 END) AS dead, "
                        + "MIN(CASE WHEN state = 'pending' THEN created_at END) AS oldest, "
                        + "MAX(CASE WHEN state = 'delivered' THEN finished_at END) AS delivered "
                        + "FROM outbox GROUP BY topic ORDER BY topic")
                .map((rs, ctx) -> new TopicStats(rs.getString("topic"), rs.getLong("pending"), rs.getLong("dead"),
                        instant(rs, "oldest"), instant(rs, "delivered")))
                .list());
    }

    @Override
    public int purgeDelivered(Instant before) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM outbox WHERE state = :delivered AND finished_at < :before")
                .bind("delivered", DELIVERED).bind("before", ts(before)).execute());
    }

    private static OutboxRecord read(ResultSet rs) throws SQLException {
        return new OutboxRecord(rs.getLong("id"), rs.getString("topic"), rs.getString("idempotency_key"), rs.getString("payload"),
                Wire.parse(OutboxState.class, rs.getString("state"), "state"), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "finished_at"));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
