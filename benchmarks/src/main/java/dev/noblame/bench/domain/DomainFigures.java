package dev.noblame.bench.domain;

import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaPolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The domain benchmarks' figures as wall time and as CPU time of the measuring thread, median of
 * several runs. On a busy machine wall time mostly measures the wait for a core; CPU time shows
 * what the work itself costs. Complements the JMH benchmarks ({@link RollupBenchmark},
 * {@link SlaBenchmark}) on the same data set; prints, never fails.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.noblame.bench.domain.DomainFigures [runs]}.
 */
public final class DomainFigures {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DomainFigures() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        SyntheticDomain domain = new SyntheticDomain(100_000, 10, 20_000, 42);
        SlaPolicy policy = SlaPolicy.defaults();
        KpiPeriod period = KpiPeriod.of(SyntheticDomain.START, SyntheticDomain.AS_OF);
        Supplier<KpiData> index = () -> KpiData.builder(policy).incidents(domain.incidents).postmortems(domain.postmortems)
                .actions(domain.actions).deployments(domain.deployments).asOf(SyntheticDomain.AS_OF).build();
        System.out.printf("data: %,d incidents, %,d action items, %,d deployments; %d runs each, median%n",
                domain.incidents.size(), domain.actions.size(), domain.deployments.size(), runs);
        KpiData data = index.get();
        measure("index (KpiData.build)", runs, index::get);
        for (Dimension d : Dimension.values()) {
            measure("rollup by " + d, runs, () -> Kpis.rollup(data, period, d));
            measure("index + rollup by " + d, runs, () -> Kpis.rollup(index.get(), period, d));
        }
        SlaEvaluator sla = new SlaEvaluator(policy);
        Instant now = Instant.parse("2026-06-15T08:00:00Z");
        measure("SLA evaluateAll (1M actions)", runs, () -> sla.evaluateAll(domain.actions, domain.serviceOf::get, now));
        measure("SLA evaluateEach (1M, streamed)", runs, () -> {
            long[] breached = new long[1];
            sla.evaluateEach(domain.actions, domain.serviceOf::get, now, s -> breached[0] += s.state().ordinal());
            return breached[0];
        });
        measure("SLA eventsDueAll (1M actions)", runs, () -> sla.eventsDueAll(domain.actions, domain.serviceOf::get, now, k -> false));
    }

    private static void measure(String name, int runs, Supplier<Object> op) {
        op.get(); // warm-up
        op.get();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            Object result = op.get();
            wall[i] = System.nanoTime() - w;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            if (result == null) {
                throw new IllegalStateException(name + " returned nothing");
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-36s wall %7.1f ms   cpu %7.1f ms%n", name, wall[runs / 2] / 1e6, cpu[runs / 2] / 1e6);
    }
}
