package dev.noblame.outbox;

import java.time.Instant;

/**
 * The health of one topic: how many messages wait ({@code pending}), how many are parked
 * ({@code dead}), since when the oldest pending one waits, and when one was last delivered
 * (null when never, or when delivered rows were purged since).
 */
public record TopicStats(String topic, long pending, long dead, Instant oldestPendingSince, Instant lastDeliveredAt) {
}
