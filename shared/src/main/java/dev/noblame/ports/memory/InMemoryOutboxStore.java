package dev.noblame.ports.memory;

import dev.noblame.outbox.OutboxRecord;
import dev.noblame.outbox.OutboxState;
import dev.noblame.outbox.TopicStats;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The outbox table in a map, with the same claim and lease rules a database adapter follows. */
public final class InMemoryOutboxStore implements OutboxStore {
    private final Clock clock;
    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private final Map<String, Long> byKey = new HashMap<>();
    private final Map<String, Instant> lastDelivered = new HashMap<>();
    private long nextId = 1;

    public InMemoryOutboxStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public InMemoryOutboxStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized void enqueue(String topic, String idempotencyKey, String payloadJson) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payloadJson, "payloadJson");
        String key = topic + "\u0000" + idempotencyKey;
        if (!byKey.containsKey(key)) {
            Instant now = clock.instant();
            long id = nextId++;
            rows.put(id, new Row(id, topic, idempotencyKey, payloadJson, now));
            byKey.put(key, id);
        }
    }

    @Override
    public synchronized List<OutboxMessage> claim(String owner, Instant now, Duration lease, int limit) {
        List<OutboxMessage> claimed = new ArrayList<>();
        for (Row row : rows.values()) {
            if (claimed.size() >= limit) {
                break;
            }
            boolean free = row.leaseUntil == null || !row.leaseUntil.isAfter(now);
            if (row.state == OutboxState.PENDING && !row.nextAttemptAt.isAfter(now) && free) {
                row.claimedBy = owner;
                row.leaseUntil = now.plus(lease);
                row.attempts++;
                claimed.add(new OutboxMessage(row.id, row.topic, row.key, row.payload, row.attempts));
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean markDelivered(long id, String owner, Instant at) {
        Row row = claimedBy(id, owner);
        if (row == null) {
            return false;
        }
        row.finish(OutboxState.DELIVERED, at);
        lastDelivered.merge(row.topic, at, (a, b) -> a.isAfter(b) ? a : b);
        return true;
    }

    @Override
    public synchronized boolean reschedule(long id, String owner, Instant nextAttemptAt, String lastError) {
        Row row = claimedBy(id, owner);
        if (row == null) {
            return false;
        }
        row.nextAttemptAt = nextAttemptAt;
        row.lastError = lastError;
        row.release();
        return true;
    }

    @Override
    public synchronized boolean deadLetter(long id, String owner, Instant at, String reason) {
        Row row = claimedBy(id, owner);
        if (row == null) {
            return false;
        }
        row.lastError = reason;
        row.finish(OutboxState.DEAD, at);
        return true;
    }

    @Override
    public synchronized Optional<OutboxRecord> find(long id) {
        return Optional.ofNullable(rows.get(id)).map(Row::record);
    }

    @Override
    public synchronized List<OutboxRecord> deadLetters(long afterId, int limit) {
        return rows.tailMap(afterId, false).values().stream()
                .filter(r -> r.state == OutboxState.DEAD).limit(limit).map(Row::record).toList();
    }

    @Override
    public synchronized boolean requeue(long id, Instant now) {
        Row row = rows.get(id);
        if (row == null || row.state != OutboxState.DEAD) {
            return false;
        }
        row.state = OutboxState.PENDING;
        row.attempts = 0;
        row.nextAttemptAt = now;
        row.finishedAt = null;
        return true;
    }

    @Override
    public synchronized List<TopicStats> topics() {
        Map<String, List<Row>> byTopic = rows.values().stream().collect(Collectors.groupingBy(r -> r.topic, TreeMap::new,
                Collectors.toList()));
        List<String> names = new ArrayList<>(byTopic.keySet());
        lastDelivered.keySet().stream().filter(t -> !byTopic.containsKey(t)).forEach(names::add);
        names.sort(null);
        return names.stream().map(topic -> {
            List<Row> list = byTopic.getOrDefault(topic, List.of());
            long pending = list.stream().filter(r -> r.state == OutboxState.PENDING).count();
            long dead = list.stream().filter(r -> r.state == OutboxState.DEAD).count();
            Instant oldest = list.stream().filter(r -> r.state == OutboxState.PENDING).map(r -> r.createdAt)
                    .min(Comparator.naturalOrder()).orElse(null);
            return new TopicStats(topic, pending, dead, oldest, lastDelivered.get(topic));
        }).toList();
    }

    @Override
    public synchronized int purgeDelivered(Instant before) {
        List<Row> gone = rows.values().stream()
                .filter(r -> r.state == OutboxState.DELIVERED && r.finishedAt.isBefore(before)).toList();
        gone.forEach(r -> {
            rows.remove(r.id);
            byKey.remove(r.topic + "\u0000" + r.key);
        });
        return gone.size();
    }

    private Row claimedBy(long id, String owner) {
        Row row = rows.get(id);
        return row != null && row.state == OutboxState.PENDING && owner.equals(row.claimedBy) ? row : null;
    }

    private static final class Row {
        final long id;
        final String topic;
        final String key;
        final String payload;
        final Instant createdAt;
        OutboxState state = OutboxState.PENDING;
        int attempts;
        Instant nextAttemptAt;
        String lastError;
        Instant finishedAt;
        String claimedBy;
        Instant leaseUntil;

        Row(long id, String topic, String key, String payload, Instant createdAt) {
            this.id = id;
            this.topic = topic;
            this.key = key;
            this.payload = payload;
            this.createdAt = createdAt;
            this.nextAttemptAt = createdAt;
        }

        void finish(OutboxState finalState, Instant at) {
            state = finalState;
            finishedAt = at;
            release();
        }

        void release() {
            claimedBy = null;
            leaseUntil = null;
        }

        OutboxRecord record() {
            return new OutboxRecord(id, topic, key, payload, state, attempts, createdAt, nextAttemptAt, lastError, finishedAt);
        }
    }
}
