package dev.noblame.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th failed attempt the next one waits a
 * uniformly random time between zero and {@code min(max, base * 2^(n-1))}. Spreading retries
 * over the whole interval, rather than around its end, is what keeps many messages failing
 * together against a rate-limited host from retrying together ("Exponential Backoff and
 * Jitter", AWS Architecture Blog, 2015).
 */
public final class Backoff {
    private final long baseMillis;
    private final long maxMillis;

    public Backoff(Duration base, Duration max) {
        this.baseMillis = base.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** The longest the wait after failed attempt {@code attempt} (1-based) may be. */
    public Duration ceiling(int attempt) {
        int doublings = Math.max(0, attempt - 1);
        // past 2^62 every base overflows; the ceiling is long since capped by then
        long ceiling = doublings >= 62 || baseMillis > (maxMillis >> doublings) ? maxMillis : baseMillis << doublings;
        return Duration.ofMillis(Math.min(ceiling, maxMillis));
    }

    public Duration delay(int attempt, RandomGenerator random) {
        return Duration.ofMillis(random.nextLong(ceiling(attempt).toMillis() + 1));
    }
}
