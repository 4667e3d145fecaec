package dev.noblame.outbox;

import dev.noblame.common.Checks;
import java.time.Duration;

/**
 * How the outbox worker delivers.
 *
 * @param batchSize   messages claimed per round (1..1000)
 * @param lease       how long a claim keeps other workers off a message; longer than a whole
 *                    batch can take, or a slow batch is delivered twice
 * @param baseBackoff ceiling of the first retry's delay; doubles with every failed attempt
 * @param maxBackoff  the ceiling never grows past this
 * @param maxAttempts attempts before a message becomes a dead letter (1..100)
 */
public record OutboxSettings(int batchSize, Duration lease, Duration baseBackoff, Duration maxBackoff, int maxAttempts) {
    public static final OutboxSettings DEFAULTS =
            new OutboxSettings(50, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofMinutes(30), 12);

    public OutboxSettings {
        Checks.start()
                .require(batchSize >= 1 && batchSize <= 1000, "outbox.batchSize", "must be between 1 and 1000 (got " + batchSize + ")")
                .notNull(lease, "outbox.lease")
                .notNull(baseBackoff, "outbox.baseBackoff")
                .notNull(maxBackoff, "outbox.maxBackoff")
                .require(maxAttempts >= 1 && maxAttempts <= 100, "outbox.maxAttempts", "must be between 1 and 100 (got " + maxAttempts + ")")
                .orThrow();
        Checks.start()
                .require(lease.toMillis() >= 1000, "outbox.lease", "must be at least one second (got " + lease + ")")
                .require(baseBackoff.toMillis() >= 1, "outbox.baseBackoff", "must be positive (got " + baseBackoff + ")")
                .require(maxBackoff.compareTo(baseBackoff) >= 0, "outbox.maxBackoff",
                        "must not be shorter than outbox.baseBackoff (" + maxBackoff + " < " + baseBackoff + ")")
                .orThrow();
    }
}
