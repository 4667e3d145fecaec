package dev.noblame.ports.memory;

import dev.noblame.ports.Outbox;
import dev.noblame.ports.OutboxMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps messages in order, one per (topic, key): a second enqueue of the same key replaces the payload. */
public final class InMemoryOutbox implements Outbox {
    private final Map<String, OutboxMessage> messages = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized void enqueue(String topic, String idempotencyKey, String payloadJson) {
        String key = topic + "\u0000" + idempotencyKey;
        OutboxMessage existing = messages.get(key);
        long id = existing == null ? ++sequence : existing.id();
        messages.put(key, new OutboxMessage(id, topic, idempotencyKey, payloadJson, 0));
    }

    public synchronized List<OutboxMessage> messages() {
        return new ArrayList<>(messages.values());
    }

    public synchronized List<OutboxMessage> drain() {
        List<OutboxMessage> out = new ArrayList<>(messages.values());
        messages.clear();
        return out;
    }
}
