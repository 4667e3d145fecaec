package dev.noblame.ports;

import java.util.Objects;

/**
 * A change to the outside world waiting to be delivered. {@code topic} names the port that owns
 * it ({@code jira.action.upsert}, {@code confluence.page.publish}, {@code jenkins.build.describe});
 * {@code idempotencyKey} is unique per topic, so enqueueing the same change twice stores it once;
 * {@code payload} is JSON the owning port understands.
 */
public record OutboxMessage(long id, String topic, String idempotencyKey, String payload, int attempts) {
    public OutboxMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payload, "payload");
    }
}
