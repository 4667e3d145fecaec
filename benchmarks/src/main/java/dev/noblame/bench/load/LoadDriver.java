package dev.noblame.bench.load;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Drives a running {@code noblame serve} over HTTP and prints throughput and latency
 * percentiles per phase. It measures; it never passes or fails anything.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.noblame.bench.load.LoadDriver \
 *     --url http://127.0.0.1:8080 --connections 16 --rate 2000 --duration 30s \
 *     --phases intake,read,mixed,rollup --seed 100000 --token $NOBLAME_TOKEN
 * </pre>
 */
@Command(name = "load-driver", mixinStandardHelpOptions = true,
        description = "Load a running noblame serve: report intake, incident reads, the rollup.")
public final class LoadDriver implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "base URL of the server (default ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token", defaultValue = "${env:NOBLAME_TOKEN}", description = "API token for reads and rollups (default: $NOBLAME_TOKEN)")
    String token;

    @Option(names = "--phases", split = ",", defaultValue = "intake,read,rollup",
            description = "phases to run in order, from seed, intake, read, mixed, rollup, verify (default ${DEFAULT-VALUE})")
    List<String> phases;

    @Option(names = "--connections", defaultValue = "16", description = "concurrent connections (default ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--rate", defaultValue = "0", description = "target total requests per second; 0 = as fast as it answers (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class, description = "measured time per phase (default ${DEFAULT-VALUE})")
    Duration duration;

    /** A fresh hub's JIT keeps compiling for about half a minute on 2 cores; figures before that are start-up, not sustained. */
    @Option(names = "--warmup", defaultValue = "30s", converter = DurationConverter.class, description = "unmeasured time before each phase (default ${DEFAULT-VALUE})")
    Duration warmup;

    @Option(names = "--read-share", defaultValue = "0.8", description = "share of reads in the mixed phase (default ${DEFAULT-VALUE})")
    double readShare;

    @Option(names = "--seed", defaultValue = "0", description = "reports the seed phase creates, as fast as possible, before the rollup (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--prefill", defaultValue = "200", description = "reports created first when a read phase has no incident ids yet (default ${DEFAULT-VALUE})")
    int prefill;

    @Option(names = "--existing", defaultValue = "0",
            description = "reads pick among INC-1..INC-n that exist already, e.g. after SeedIncidents (default: only ids this run created)")
    long existing;

    @Option(names = "--rollup-runs", defaultValue = "20", description = "timed rollup requests (default ${DEFAULT-VALUE})")
    int rollupRuns;

    @Option(names = "--rollup-query", description = "query string of the rollup (default by=service&from=<today-365d>&to=<tomorrow>)")
    String rollupQuery;

    @Option(names = "--spread", defaultValue = "180d", converter = DurationConverter.class,
            description = "reported occurredAt lies up to this far in the past (default ${DEFAULT-VALUE})")
    Duration spread;

    @Option(names = "--verify-token", description = "token with the legal role for the verify phase (default: --token)")
    String verifyToken;

    @Option(names = "--verify-runs", defaultValue = "3", description = "timed evidence verifications (default ${DEFAULT-VALUE})")
    int verifyRuns;

    private final PrintStream out = System.out;
    private NoBlameApi api;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadDriver()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        api = new NoBlameApi(url, token, spread);
        api.readExisting(existing);
        out.printf(Locale.ROOT, "load driver: %s, %d connections, rate %s, %s measured after %s warm-up; Java %s, %d CPUs%n",
                url, connections, rate > 0 ? String.format(Locale.ROOT, "%.0f req/s", rate) : "max", duration, warmup,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        List<PhaseResult> results = new ArrayList<>();
        for (String phase : phases) {
            switch (phase.trim()) {
                case "seed" -> results.add(phase("seed", api::submitReport, 0, Duration.ZERO, seed));
                case "intake" -> results.add(phase("intake", api::submitReport, rate, warmup, 0));
                case "read" -> {
                    prefill(api);
                    results.add(phase("read", api::readIncident, rate, warmup, 0));
                }
                case "mixed" -> {
                    prefill(api);
                    results.add(phase("mixed", () -> Math.random() < readShare ? api.readIncident() : api.submitReport(),
                            rate, warmup, 0));
                }
                case "rollup" -> rollup();
                case "verify" -> timeRepeatedly("verify", "/api/v1/evidence/verify", verifyToken != null ? verifyToken : token,
                        verifyRuns);
                default -> throw new CommandLine.ParameterException(new CommandLine(this),
                        "unknown phase '" + phase + "' (phases: seed, intake, read, mixed, rollup, verify)");
            }
        }
        out.println();
        out.println("summary");
        results.forEach(r -> r.print(out));
        return 0;
    }

    private PhaseResult phase(String name, LoadPhase.Call call, double phaseRate, Duration phaseWarmup, long budget)
            throws InterruptedException {
        out.printf(Locale.ROOT, "%n%s%s%n", name, budget > 0 ? String.format(Locale.ROOT, ": %,d requests at max rate", budget) : "");
        PhaseResult result = new LoadPhase(name, call, connections, phaseRate, phaseWarmup, duration, budget, out).run();
        result.print(out);
        return result;
    }

    private void prefill(NoBlameApi api) throws InterruptedException {
        if (api.knownIncidents() == 0 && prefill > 0) {
            phase("prefill", api::submitReport, 0, Duration.ZERO, prefill);
        }
    }

    private void rollup() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String query = rollupQuery != null ? rollupQuery : "by=service&from=" + today.minusDays(365) + "T00:00:00Z&to="
                + today.plusDays(1) + "T00:00:00Z";
        timeRepeatedly("rollup", "/api/v1/rollups?" + query, token, rollupRuns);
    }

    /** GETs one path {@code runs} times, one after another; prints the first (cold) and the rest. */
    private void timeRepeatedly(String name, String path, String bearer, int runs) throws Exception {
        out.printf("%n%s: GET %s, %d runs%n", name, path, runs);
        Histogram micros = new Histogram(3);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = api.get(path, bearer);
            long took = (System.nanoTime() - start) / 1000;
            if (response.statusCode() != 200) {
                out.printf("%-8s HTTP %d: %s%n", name, response.statusCode(), abbreviate(response.body()));
                return;
            }
            if (i == 0) {
                out.printf(Locale.ROOT, "%-8s first (cold) %.1f ms, %,d bytes: %s%n", name, took / 1000.0, response.body().length(),
                        abbreviate(response.body()));
            } else {
                micros.recordValue(took);
            }
        }
        if (micros.getTotalCount() > 0) {
            out.printf(Locale.ROOT, "%-8s warm runs %d: p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", name, micros.getTotalCount(),
                    micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                    micros.getMaxValue() / 1000.0);
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }

    /** 30s, 2m, 500ms, 180d, or ISO-8601 (PT30S). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.startsWith("p")) {
                return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new CommandLine.TypeConversionException("'" + text + "' is no duration (try 30s, 2m, 500ms)");
            };
        }
    }
}
