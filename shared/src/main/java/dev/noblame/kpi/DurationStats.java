package dev.noblame.kpi;

import java.time.Duration;
import java.util.Arrays;

/**
 * Summary of a set of durations. Percentiles use the nearest-rank method (the median of 1, 2, 3, 4
 * is 2). With no samples, {@code count} is 0 and the durations are null: an empty group never
 * divides by zero and never pretends to be 0.
 */
public record DurationStats(int count, Duration mean, Duration median, Duration p90) {
    public static final DurationStats EMPTY = new DurationStats(0, null, null, null);

    /** Sorts {@code millis[0..n)} in place and summarises it. */
    static DurationStats ofMillis(long[] millis, int n) {
        if (n == 0) {
            return EMPTY;
        }
        Arrays.sort(millis, 0, n);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += millis[i];
        }
        return new DurationStats(n, Duration.ofMillis(Math.round((double) sum / n)),
                Duration.ofMillis(millis[rank(0.5, n)]), Duration.ofMillis(millis[rank(0.9, n)]));
    }

    private static int rank(double p, int n) {
        return Math.max(0, (int) Math.ceil(p * n) - 1);
    }
}
