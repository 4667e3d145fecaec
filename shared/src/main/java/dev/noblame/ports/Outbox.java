package dev.noblame.ports;

/**
 * Where use cases put changes to the outside world. Implementations write in the same
 * transaction as the domain change, so a change is either stored with its messages or not at all.
 */
public interface Outbox {
    void enqueue(String topic, String idempotencyKey, String payloadJson);
}
