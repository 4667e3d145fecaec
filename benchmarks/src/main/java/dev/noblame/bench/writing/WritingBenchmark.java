package dev.noblame.bench.writing;

import dev.noblame.common.NameDirectory;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.language.Finding;
import dev.noblame.redaction.Redaction;
import dev.noblame.redaction.Redactor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lint and redaction of one generated 1 MiB postmortem corpus per operation, single thread.
 * In throughput mode ops/s is MiB/s; in average-time mode ms/op is the time for 1 MiB.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar WritingBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WritingBenchmark {
    private String corpus;
    private BlamelessLinter linter;
    private Redactor redactor;

    @Setup
    public void setUp() {
        corpus = PostmortemCorpus.generate(42, PostmortemCorpus.ONE_MIB);
        NameDirectory names = NameDirectory.of(List.of("Priya Raman", "Tom Becker", "Alice Martin", "Omar Haddad"));
        linter = BlamelessLinter.withDefaults(names);
        redactor = Redactor.withDefaults(names);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Finding> lint1MiB() {
        return linter.lint(corpus);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Redaction redact1MiB() {
        return redactor.redact(corpus);
    }
}
