package dev.noblame.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BackoffProperties {

    @Test
    void the_ceiling_doubles_with_each_attempt_until_the_cap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1));

        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Property(tries = 500)
    void every_delay_lies_between_zero_and_the_capped_exponential_ceiling(
            @ForAll @IntRange(min = 1, max = 200) int attempt,
            @ForAll @LongRange(min = 1, max = 60_000) long baseMillis,
            @ForAll @LongRange(min = 0, max = 86_400_000) long extraCapMillis,
            @ForAll long seed) {
        Duration base = Duration.ofMillis(baseMillis);
        Duration cap = base.plusMillis(extraCapMillis);
        Backoff backoff = new Backoff(base, cap);

        Duration delay = backoff.delay(attempt, new SplittableRandom(seed));

        double exponential = baseMillis * Math.pow(2, attempt - 1);
        long expectedCeiling = (long) Math.min(cap.toMillis(), exponential);
        assertThat(backoff.ceiling(attempt).toMillis()).isEqualTo(expectedCeiling);
        assertThat(delay).isBetween(Duration.ZERO, backoff.ceiling(attempt));
    }

    @Property(tries = 50)
    void the_jitter_spans_the_whole_interval(@ForAll @IntRange(min = 1, max = 8) int attempt) {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(backoff.delay(attempt, FixedRandom.lowest())).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(attempt, FixedRandom.highest())).isEqualTo(backoff.ceiling(attempt));
    }
}
