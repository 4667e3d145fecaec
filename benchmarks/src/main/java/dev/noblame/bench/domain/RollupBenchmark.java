package dev.noblame.bench.domain;

import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.kpi.Rollup;
import dev.noblame.sla.SlaPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rollup of 100,000 incidents and 1,000,000 action items (plus 20,000 deployments) over two
 * years, by each dimension. {@code rollup} measures a rollup over indexed data (what the
 * dashboards and Confluence macros do on each request, the index being cached);
 * {@code indexAndRollup} includes indexing the domain records, i.e. a cold rollup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class RollupBenchmark {
    @Param({"SERVICE", "TEAM", "VENDOR", "RELEASE", "FACTOR_CATEGORY"})
    public Dimension dimension;

    private SyntheticDomain domain;
    private KpiData data;
    private KpiPeriod period;
    private SlaPolicy policy;

    @Setup(Level.Trial)
    public void setUp() {
        domain = new SyntheticDomain(100_000, 10, 20_000, 42);
        policy = SlaPolicy.defaults();
        data = index();
        period = KpiPeriod.of(SyntheticDomain.START, SyntheticDomain.AS_OF);
    }

    private KpiData index() {
        KpiData.Builder b = KpiData.builder(policy).incidents(domain.incidents).postmortems(domain.postmortems)
                .actions(domain.actions).deployments(domain.deployments).asOf(SyntheticDomain.AS_OF);
        return b.build();
    }

    @Benchmark
    public Rollup rollup() {
        return Kpis.rollup(data, period, dimension);
    }

    @Benchmark
    public Rollup indexAndRollup() {
        return Kpis.rollup(index(), period, dimension);
    }
}
