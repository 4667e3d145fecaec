package dev.noblame.server.insights;

import dev.noblame.kpi.KpiData;
import dev.noblame.server.AppContext;
import dev.noblame.sla.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KPI index that KPIs and rollups are computed from, kept current without making questions
 * wait. The first index is built from {@link #start} (the hub waits for it before it opens its
 * port); a question that comes before it waits for that one build. Afterwards a question always gets the current snapshot at
 * once; if changes were recorded since ({@link Changes}), it asks for a refresh, which one
 * background thread runs: it reads back only the incidents that changed and rebuilds the index
 * in memory. Every {@code maxAge} a refresh reads everything again, which catches changes made
 * without an event. Each snapshot says what it is "as of" and whether changes are waiting.
 *
 * <p>Below {@code syncBelow} incidents a refresh costs milliseconds, so a question applies the
 * waiting changes itself and reads its own writes; above it, figures lag the newest changes by
 * about one refresh (one to five seconds; refreshes pace themselves to about a tenth of one
 * core), which the answer states.
 */
public final class Insights implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Insights.class);
    /** Default {@code syncBelow}: up to this many incidents a refresh takes a few milliseconds. */
    public static final int SMALL = 10_000;
    /** A background refresh waits this many times as long as the previous one took. */
    private static final int BUSY_SHARE = 10;
    private static final Duration MAX_GAP = Duration.ofSeconds(5);

    private final KpiSources sources;
    private final Changes changes;
    private final SlaPolicy policy;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration minGap;
    private final int syncBelow;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Snapshot snapshot;
    private volatile boolean closed;
    private volatile ScheduledExecutorService background;
    private volatile long lastRefreshEnded = System.nanoTime() - Long.MAX_VALUE / 4;
    private volatile long lastRefreshTook;
    private KpiFacts facts;          // guarded by refreshing
    private Instant readAt;          // guarded by refreshing: when everything was last read

    /**
     * One state of the index. {@code changesPending}: changes recorded after {@code data.asOf()}
     * are not in it yet (this question asked for a refresh, which runs in the background).
     */
    public record Snapshot(KpiData data, Instant readAt, boolean changesPending) {
        public Instant asOf() {
            return data.asOf();
        }
    }

    public Insights(AppContext app, Changes changes, Duration maxAge) {
        this(app, changes, maxAge, SMALL);
    }

    /** @param syncBelow below this many incidents, questions apply waiting changes themselves (read their own writes) */
    public Insights(AppContext app, Changes changes, Duration maxAge, int syncBelow) {
        this(KpiSources.of(app), changes, app.slaPolicy(), app.clock(), maxAge, Duration.ofSeconds(1), syncBelow);
    }

    /** The hub's index, tuned by {@code insights.max_age_minutes} (default 5) and {@code insights.sync_below} (default 10,000). */
    public static Insights of(AppContext app, Changes changes) {
        return new Insights(app, changes, Duration.ofMinutes(app.settings().intValue("insights.max_age_minutes", 5, 1, 24 * 60)),
                app.settings().intValue("insights.sync_below", SMALL, 0, Integer.MAX_VALUE));
    }

    /**
     * An index of its own for a part that has only the app context (an integration): it follows
     * recorded events; deployment changes without an event reach it with the next full read
     * (every {@code maxAge}). The hub's shared one is {@code Hub.insights()}.
     */
    public static Insights following(AppContext app, Duration maxAge) {
        Changes changes = new Changes(app.tx());
        app.recorder().addBatchListener(changes::recordAll);
        return new Insights(app, changes, maxAge);
    }

    /**
     * @param minGap    least time between the end of one background refresh and the start of the next
     *                  (under a stream of changes, the index is rebuilt at most this often)
     * @param syncBelow below this many incidents, questions apply waiting changes themselves
     */
    Insights(KpiSources sources, Changes changes, SlaPolicy policy, Clock clock, Duration maxAge, Duration minGap, int syncBelow) {
        this.sources = sources;
        this.changes = changes;
        this.policy = policy;
        this.clock = clock;
        this.maxAge = maxAge;
        this.minGap = minGap;
        this.syncBelow = syncBelow;
    }

    /** Starts the background refresher and builds the first index with it. */
    public synchronized Insights start() {
        if (background == null) {
            ScheduledThreadPoolExecutor bg = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "insights-refresh");
                t.setDaemon(true);
                return t;
            });
            bg.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            background = bg;
            queued.set(true);
            background.execute(this::backgroundRefresh);
        }
        return this;
    }

    /** Marks everything stale (changes made without an event, such as bulk imports): the next refresh reads it all. */
    public void invalidate() {
        changes.everything();
    }

    /** The index of the current snapshot. */
    public KpiData data() {
        return current().data();
    }

    /** The current snapshot; waits only when there is none yet, or when the index is small and changes wait. */
    public Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            return refreshNow();
        }
        if (!changes.isEmpty() || !s.readAt().plus(maxAge).isAfter(clock.instant())) {
            if (s.data().incidentCount() < syncBelow || background == null) {
                return refreshNow();
            }
            requestRefresh();
            return new Snapshot(s.data(), s.readAt(), true);
        }
        return s;
    }

    private void requestRefresh() {
        ScheduledExecutorService bg = background;
        if (bg != null && queued.compareAndSet(false, true)) {
            // under a stream of changes, refreshing takes about a tenth of one core, but figures lag by MAX_GAP at most
            long gap = Math.min(MAX_GAP.toNanos(), Math.max(minGap.toNanos(), BUSY_SHARE * lastRefreshTook));
            long wait = Math.max(0, lastRefreshEnded + gap - System.nanoTime());
            bg.schedule(this::backgroundRefresh, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void backgroundRefresh() {
        queued.set(false);
        if (closed) {
            return;
        }
        try {
            refreshNow();
        } catch (RuntimeException e) {
            // the snapshot in place keeps serving; the next question asks again
            LOG.warn("KPI index refresh failed; serving the previous snapshot", e);
        }
    }

    /** Applies what changed (or reads everything, the first time and every maxAge) and publishes a new snapshot. */
    private Snapshot refreshNow() {
        refreshing.lock();
        long entered = System.nanoTime();
        try {
            Snapshot s = snapshot;
            Instant now = clock.instant();
            boolean old = readAt == null || !readAt.plus(maxAge).isAfter(now);
            if (s != null && !old && changes.isEmpty()) {
                return s;   // another refresh got there first
            }
            Changes.Batch batch = changes.drain();
            long started = System.nanoTime();
            boolean full = facts == null || old || batch.everything();
            try {
                if (full) {
                    facts = KpiFacts.read(sources);
                    readAt = now;
                } else {
                    facts.reread(batch.incidents());
                    if (batch.deployments()) {
                        facts.readDeployments();
                    }
                }
            } catch (RuntimeException e) {
                facts = null;   // half-applied: read everything next time
                changes.everything();
                throw e;
            }
            long read = System.nanoTime();
            Snapshot next = new Snapshot(facts.index(policy, now), readAt, false);
            snapshot = next;
            // the pace of applying changes follows what applying them costs; a full read is rare and does not count
            lastRefreshTook = full ? 0 : System.nanoTime() - entered;
            if (full) {
                LOG.info("KPI index: read all {} incidents in {} ms, indexed in {} ms", facts.incidentCount(),
                        (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            } else {
                LOG.debug("KPI index: {} changed incidents read in {} ms, indexed in {} ms", batch.incidents().size(),
                        (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            }
            return next;
        } finally {
            lastRefreshEnded = System.nanoTime();
            refreshing.unlock();
        }
    }

    @Override
    public void close() {
        closed = true;
        ScheduledExecutorService bg = background;
        if (bg != null) {
            // no interrupt: a read under way finishes (interrupting database file I/O can close the file)
            bg.shutdown();
            try {
                if (!bg.awaitTermination(30, TimeUnit.SECONDS)) {
                    bg.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
