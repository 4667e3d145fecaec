package dev.noblame.bench.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Runs one kind of request from {@code connections} threads, either as fast as the server
 * answers (rate 0: a closed loop) or at a fixed total rate (an open loop: each thread keeps
 * its own schedule and a request's latency counts from when it was due, not from when the
 * thread got round to it, so queueing inside the driver is not hidden — "coordinated
 * omission"). Requests during the warm-up are sent but not measured; what the warm-up's
 * schedule still owes when measuring starts is dropped. With a request budget
 * the phase ends when that many were sent instead of at the deadline.
 */
final class LoadPhase {
    /** One request; returns the HTTP status. */
    interface Call {
        int send() throws Exception;
    }

    private static final long MAX_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

    private final String name;
    private final Call call;
    private final int connections;
    private final double rate;
    private final Duration warmup;
    private final Duration duration;
    private final long budget;
    private final PrintStream progress;

    LoadPhase(String name, Call call, int connections, double rate, Duration warmup, Duration duration, long budget,
              PrintStream progress) {
        this.name = name;
        this.call = call;
        this.connections = connections;
        this.rate = rate;
        this.warmup = warmup;
        this.duration = duration;
        this.budget = budget;
        this.progress = progress;
    }

    PhaseResult run() throws InterruptedException {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        Recorder live = new Recorder(MAX_MICROS, 3);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicLong sent = new AtomicLong();
        LongAdder behind = new LongAdder();
        long start = System.nanoTime() + 50_000_000L;
        long measureFrom = start + warmup.toNanos();
        long end = budget > 0 ? Long.MAX_VALUE : measureFrom + duration.toNanos();
        long interval = rate > 0 ? (long) (1e9 * connections / rate) : 0;

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            long first = start + (interval * t) / connections;
            Thread thread = new Thread(() -> loop(first, interval, measureFrom, end, recorder, live, statuses, firstError, sent, behind),
                    name + "-" + t);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);

        Histogram interval5s = null;
        long lastReport = start;
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(200);
            long now = System.nanoTime();
            if (now - lastReport >= 5_000_000_000L) {
                interval5s = live.getIntervalHistogram(interval5s);
                report(interval5s, (now - lastReport) / 1e9, now - start, now < measureFrom);
                lastReport = now;
            }
        }
        long finished = System.nanoTime();
        Histogram total = recorder.getIntervalHistogram();
        Map<Integer, Long> counts = new ConcurrentHashMap<>();
        statuses.forEach((status, n) -> counts.put(status, n.sum()));
        // until the last answer arrived: a server that falls behind is slower than the schedule
        double seconds = (finished - measureFrom) / 1e9;
        return new PhaseResult(name, total, seconds, counts, behind.sum(), firstError.get());
    }

    private void loop(long first, long interval, long measureFrom, long end, Recorder recorder, Recorder live,
                      Map<Integer, LongAdder> statuses, AtomicReference<String> firstError, AtomicLong sent,
                      LongAdder behind) {
        long due = first;
        for (long wait = first - System.nanoTime(); wait > 0; wait = first - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        while (true) {
            long intended;
            if (interval > 0) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (due < measureFrom && System.nanoTime() >= measureFrom) {
                    // still behind on the warm-up's schedule when measuring starts: drop that backlog, or a
                    // slow server would spend the whole measurement on unmeasured warm-up requests
                    due += (measureFrom - due + interval - 1) / interval * interval;
                }
                intended = due;
                due += interval;
            } else {
                intended = System.nanoTime();
            }
            if (intended >= end || (budget > 0 && sent.incrementAndGet() > budget)) {
                return;
            }
            if (interval > 0 && System.nanoTime() >= end) {
                // the server fell behind the schedule: what is still due is not sent, but counted
                behind.add(1 + (end - intended - 1) / interval);
                return;
            }
            int status;
            try {
                status = call.send();
                if ((status < 200 || status >= 300) && firstError.get() == null) {
                    firstError.compareAndSet(null, "HTTP " + status);
                }
            } catch (Exception e) {
                status = -1;
                firstError.compareAndSet(null, e.toString());
            }
            long micros = Math.min(MAX_MICROS, Math.max(0, (System.nanoTime() - intended) / 1000));
            live.recordValue(micros);
            if (intended >= measureFrom) {
                recorder.recordValue(micros);
                statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            }
        }
    }

    private void report(Histogram h, double seconds, long sinceStart, boolean warming) {
        progress.printf(Locale.ROOT, "  %-8s t=%3.0fs %s %,7.0f req/s  p50 %6.2f ms  p99 %7.2f ms  max %7.2f ms%n", name,
                sinceStart / 1e9, warming ? "(warm-up)" : "         ", h.getTotalCount() / seconds,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
