package dev.noblame.bench.writing;

import dev.noblame.common.NameDirectory;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.redaction.Redactor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Lint and redaction throughput measured in thread CPU time rather than wall time, for shared
 * or loaded machines where JMH's wall-clock figures mostly measure the wait for a core. Prints
 * the median of N rounds after warm-up; never fails.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.noblame.bench.writing.WritingCpuThroughput [ROUNDS]</pre>
 */
public final class WritingCpuThroughput {
    private WritingCpuThroughput() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String corpus = PostmortemCorpus.generate(42, PostmortemCorpus.ONE_MIB);
        NameDirectory names = NameDirectory.of(List.of("Priya Raman", "Tom Becker", "Alice Martin", "Omar Haddad"));
        BlamelessLinter linter = BlamelessLinter.withDefaults(names);
        Redactor redactor = Redactor.withDefaults(names);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            linter.lint(corpus);
            redactor.redact(corpus);
        }
        double[] lint = new double[rounds];
        double[] redact = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            linter.lint(corpus);
            long t1 = cpu.getCurrentThreadCpuTime();
            redactor.redact(corpus);
            long t2 = cpu.getCurrentThreadCpuTime();
            lint[i] = (t1 - t0) / 1e6;
            redact[i] = (t2 - t1) / 1e6;
        }
        double l = median(lint);
        double r = median(redact);
        System.out.printf("corpus: %d bytes (1 MiB), %d rounds, median thread CPU time%n", corpus.length(), rounds);
        System.out.printf("lint:   %.1f ms per MiB = %.1f MiB/s%n", l, 1000 / l);
        System.out.printf("redact: %.1f ms per MiB = %.1f MiB/s%n", r, 1000 / r);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
