package dev.noblame.jira.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next try: the host's hint when it gives one (Retry-After in
 * seconds or as an HTTP date, X-RateLimit-Reset as an ISO time), else exponential backoff with
 * full jitter so that many clients throttled together do not come back together.
 */
public record Backoff(Duration base, Duration cap, Clock clock) {

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), Clock.systemUTC());
    }

    /** Jittered exponential delay for the given (0-based) retry. */
    public Duration delay(int retry) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(retry, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** The host's hint, if any header gives one we can read. */
    public Optional<Duration> hinted(Optional<String> retryAfter, Optional<String> rateLimitReset) {
        Optional<Duration> fromRetry = retryAfter.flatMap(this::parseRetryAfter);
        return fromRetry.isPresent() ? fromRetry : rateLimitReset.flatMap(this::untilInstant);
    }

    private Optional<Duration> parseRetryAfter(String v) {
        String s = v.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(s))));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(positive(Duration.between(clock.instant(),
                        ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private Optional<Duration> untilInstant(String v) {
        String s = v.strip();
        try {
            Instant at;
            if (s.matches("\\d+")) {
                at = Instant.ofEpochSecond(Long.parseLong(s));
            } else {
                // Jira Cloud sends e.g. 2026-05-17T16:34Z (no seconds), which OffsetDateTime parses
                at = OffsetDateTime.parse(s).toInstant();
            }
            return Optional.of(positive(Duration.between(clock.instant(), at)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
