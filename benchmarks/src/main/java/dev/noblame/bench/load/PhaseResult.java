package dev.noblame.bench.load;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one phase measured: latencies in microseconds (from each request's intended start,
 * so a server that falls behind a target rate shows it), answers by HTTP status (-1 for a
 * request that got no answer), the time from the end of the warm-up to the last answer, and
 * how many requests the schedule called for that were not sent because the server was behind.
 */
record PhaseResult(String name, Histogram latencyMicros, double seconds, Map<Integer, Long> statuses, long notSent,
                   String firstError) {

    long requests() {
        return latencyMicros.getTotalCount();
    }

    long failures() {
        return statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                .mapToLong(Map.Entry::getValue).sum();
    }

    double perSecond() {
        return seconds <= 0 ? 0 : requests() / seconds;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-8s %,d requests in %.1f s = %,.0f req/s; failures %d %s%n", name, requests(), seconds,
                perSecond(), failures(), new TreeMap<>(statuses));
        out.printf(Locale.ROOT, "%-8s latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", "",
                ms(50), ms(90), ms(99), ms(99.9), latencyMicros.getMaxValue() / 1000.0);
        if (notSent > 0) {
            out.printf(Locale.ROOT, "%-8s BEHIND SCHEDULE: %,d requests due by the deadline were not sent%n", "", notSent);
        }
        if (firstError != null) {
            out.printf("%-8s first failure: %s%n", "", firstError);
        }
    }

    double ms(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }
}
