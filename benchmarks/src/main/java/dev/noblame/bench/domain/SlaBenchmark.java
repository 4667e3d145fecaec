package dev.noblame.bench.domain;

import dev.noblame.sla.ActionSla;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaEvent;
import dev.noblame.sla.SlaPolicy;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SLA evaluation of 1,000,000 action items (100,000 incidents × 10): due instant and state of
 * each, and the reminders, escalations and effectiveness checks due, with half of them already
 * recorded as sent (the scheduler's steady state). The policy uses a Berlin business calendar
 * for some services so zone and holiday arithmetic is part of the cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class SlaBenchmark {
    private SyntheticDomain domain;
    private SlaEvaluator evaluator;
    private Set<String> sent;
    private Instant now;

    @Setup(Level.Trial)
    public void setUp() {
        domain = new SyntheticDomain(100_000, 10, 0, 42);
        SlaPolicy policy = SlaPolicy.parse("""
                calendars:
                  berlin:
                    zone: Europe/Berlin
                    holidays: [2026-01-01, 2026-04-03, 2026-04-06, 2026-05-01, 2026-12-25, 2026-12-26]
                services:
                  svc-1: { tier: 1, calendar: berlin, owner: lead-1 }
                  svc-2: { tier: 1, calendar: us-federal }
                  svc-3: { calendar: berlin }
                """);
        evaluator = new SlaEvaluator(policy);
        now = Instant.parse("2026-06-15T08:00:00Z");
        sent = new HashSet<>();
        List<SlaEvent> all = evaluator.eventsDueAll(domain.actions, domain.serviceOf::get, now, null);
        for (int i = 0; i < all.size(); i += 2) {
            sent.add(all.get(i).key());
        }
    }

    @Benchmark
    public List<ActionSla> evaluateAll() {
        return evaluator.evaluateAll(domain.actions, domain.serviceOf::get, now);
    }

    /** The streaming form a bulk job uses: each result is consumed and dropped. */
    @Benchmark
    public void evaluateEach(Blackhole bh) {
        evaluator.evaluateEach(domain.actions, domain.serviceOf::get, now, bh::consume);
    }

    @Benchmark
    public void eventsDueEach(Blackhole bh) {
        evaluator.eventsDueEach(domain.actions, domain.serviceOf::get, now, sent::contains, bh::consume);
    }

    @Benchmark
    public List<SlaEvent> eventsDue() {
        return evaluator.eventsDueAll(domain.actions, domain.serviceOf::get, now, sent::contains);
    }
}
