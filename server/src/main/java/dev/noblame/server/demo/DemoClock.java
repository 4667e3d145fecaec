package dev.noblame.server.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A clock the seeder moves through the organisation's past, so events carry their historic times. */
final class DemoClock extends Clock {
    private volatile Instant now;

    DemoClock(Instant start) {
        this.now = start.truncatedTo(ChronoUnit.MICROS);
    }

    void set(Instant at) {
        now = at.truncatedTo(ChronoUnit.MICROS);
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
        return now;
    }
}
