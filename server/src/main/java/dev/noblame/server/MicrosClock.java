package dev.noblame.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock that ticks in microseconds: PostgreSQL, H2 and the evidence chain keep no more, so
 * a time written and read back is the same instant the application held.
 */
public final class MicrosClock extends Clock {
    private final Clock inner;

    public MicrosClock(Clock inner) {
        this.inner = inner;
    }

    public static MicrosClock system() {
        return new MicrosClock(Clock.systemUTC());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return inner.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
