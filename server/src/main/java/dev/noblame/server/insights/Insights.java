package dev.noblame.server.insights;

import dev.noblame.deployment.Deployment;
import dev.noblame.jenkins.dora.MeasuringDora;
import dev.noblame.kpi.KpiData;
import dev.noblame.ports.Correlations;
import dev.noblame.server.persistence.JdbiCorrelations;
import dev.noblame.server.AppContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The facts KPIs and rollups are computed from, loaded from the database and indexed once,
 * then reused until something changes. Any recorded event marks the index stale; the next
 * question rebuilds it. Rollups over the index take milliseconds, so questions stay fast
 * between changes even over 100,000 incidents. {@code maxAge} bounds how stale "as of" gets
 * (it moves SLA judgements of actions that fall due meanwhile). When rebuilding is expensive
 * (more than {@value #LARGE} incidents) and changes keep coming, it rebuilds at most every {@link #THROTTLE}:
 * figures then lag the newest changes by seconds instead of every question paying for a rebuild.
 */
public final class Insights {
    private final AppContext app;
    private final Correlations correlations;
    private final Duration maxAge;
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot;

    static final Duration THROTTLE = Duration.ofSeconds(15);
    static final int LARGE = 10_000;

    private record Snapshot(long version, Instant builtAt, KpiData data) {
        boolean fresh(long current, Instant now, Duration maxAge) {
            if (!builtAt.plus(maxAge).isAfter(now)) {
                return false;
            }
            return version == current || (data.incidentCount() > LARGE && builtAt.plus(THROTTLE).isAfter(now));
        }
    }

    public Insights(AppContext app, Duration maxAge) {
        this.app = app;
        this.correlations = new JdbiCorrelations(app.tx());
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
        if (s != null && s.fresh(version.get(), now, maxAge)) {
            return s.data();
        }
        synchronized (this) {
            s = snapshot;
            long v = version.get();
            if (s != null && s.fresh(v, now, maxAge)) {
                return s.data();
            }
            List<Deployment> deployments = app.deployments().startedBetween(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
            KpiData.Builder builder = KpiData.builder(app.slaPolicy())
                    .incidents(app.incidentStore().all())
                    .postmortems(app.postmortems().all())
                    .actions(app.actions().all())
                    .deployments(deployments)
                    .asOf(now);
            // which failed deployment caused which incident, as Jenkins correlation decided it (DORA change failures)
            MeasuringDora.causes(correlations, deployments).forEach(builder::causedBy);
            KpiData data = builder.build();
            snapshot = new Snapshot(v, now, data);
            return data;
        }
    }
}
