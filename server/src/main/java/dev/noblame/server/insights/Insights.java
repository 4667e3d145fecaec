package dev.noblame.server.insights;

import dev.noblame.kpi.KpiData;
import dev.noblame.server.AppContext;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The facts KPIs and rollups are computed from, loaded from the database and indexed once,
 * then reused until something changes. Any recorded event marks the index stale; the next
 * question rebuilds it. Rollups over the index take milliseconds, so questions stay fast
 * between changes even over 100,000 incidents. {@code maxAge} bounds how stale "as of" gets
 * (it moves SLA judgements of actions that fall due meanwhile).
 */
public final class Insights {
    private final AppContext app;
    private final Duration maxAge;
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(long version, Instant builtAt, KpiData data) {
    }

    public Insights(AppContext app, Duration maxAge) {
        this.app = app;
        this.maxAge = maxAge;
        app.recorder().addListener(event -> version.incrementAndGet());
    }

    /** Marks the index stale (changes made without an event, such as bulk imports). */
    public void invalidate() {
        version.incrementAndGet();
    }

    public KpiData data() {
        Snapshot s = snapshot;
        Instant now = app.clock().instant();
        if (s != null && s.version() == version.get() && s.builtAt().plus(maxAge).isAfter(now)) {
            return s.data();
        }
        synchronized (this) {
            s = snapshot;
            long v = version.get();
            if (s != null && s.version() == v && s.builtAt().plus(maxAge).isAfter(now)) {
                return s.data();
            }
            KpiData data = KpiData.builder(app.slaPolicy())
                    .incidents(app.incidentStore().all())
                    .postmortems(app.postmortems().all())
                    .actions(app.actions().all())
                    .deployments(app.deployments().startedBetween(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))
                    .asOf(now)
                    .build();
            snapshot = new Snapshot(v, now, data);
            return data;
        }
    }
}
