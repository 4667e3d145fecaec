package dev.noblame.ports;

import java.util.Set;

/**
 * The adapter side of the outbox: a port that owns some topics and delivers their messages.
 * Delivery must be idempotent on the message's key: the worker may deliver a message again
 * after a crash between delivering and marking it delivered.
 */
public interface OutboxHandler {
    Set<String> topics();

    Delivery deliver(OutboxMessage message);
}
