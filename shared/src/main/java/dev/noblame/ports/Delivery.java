package dev.noblame.ports;

import java.time.Duration;

/** What a delivery attempt came to. */
public sealed interface Delivery {
    record Delivered(String detail) implements Delivery {
    }

    /** Try again later; {@code after} is the host's own hint (Retry-After) or null for backoff. */
    record Retry(String reason, Duration after) implements Delivery {
    }

    /** Will never succeed as it is (bad request, unknown project): park it as a dead letter. */
    record Rejected(String reason) implements Delivery {
    }

    static Delivery delivered(String detail) {
        return new Delivered(detail);
    }

    static Delivery retry(String reason) {
        return new Retry(reason, null);
    }

    static Delivery rejected(String reason) {
        return new Rejected(reason);
    }
}
