package dev.noblame.server.insights;

import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.Postmortems;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Postmortems whose bulk reads (every refresh makes one) can be held at a gate, so a test can
 * look at what questions get while a refresh is under way, count refreshes running at once, or
 * make one fail.
 */
final class GatedPostmortems implements Postmortems {
    private final Postmortems inner;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile boolean failNext;

    GatedPostmortems(Postmortems inner) {
        this.inner = inner;
    }

    /** Holds every read from now on at the gate; returns a latch that opens when one arrives there. */
    CountDownLatch close() {
        gate = new CountDownLatch(1);
        entered = new CountDownLatch(1);
        return entered;
    }

    void open() {
        gate.countDown();
    }

    void failNextRead() {
        failNext = true;
    }

    @Override
    public void save(Postmortem postmortem) {
        inner.save(postmortem);
    }

    @Override
    public Optional<Postmortem> find(IncidentId incident) {
        return inner.find(incident);
    }

    @Override
    public List<Postmortem> all() {
        return gated(inner::all);
    }

    @Override
    public List<Postmortem> ofIncidents(Collection<IncidentId> incidents) {
        return gated(() -> inner.ofIncidents(incidents));
    }

    private List<Postmortem> gated(java.util.function.Supplier<List<Postmortem>> read) {
        int now = inside.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        reads.incrementAndGet();
        try {
            entered.countDown();
            if (!gate.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("the database went away");
            }
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inside.decrementAndGet();
        }
    }
}
