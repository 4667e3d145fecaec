package dev.noblame.server.scheduler;

import java.time.Duration;
import java.util.Objects;

/** Work run every {@code interval} by exactly one of the replicas sharing the database. */
public record PeriodicJob(String name, Duration interval, Runnable work) {
    public PeriodicJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("job " + name + " needs a positive interval");
        }
    }
}
