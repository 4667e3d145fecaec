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
    /** Below this size a range is sorted rather than partitioned further. */
    private static final int SMALL = 32;

    /**
     * Summarises {@code millis[0..n)}, reordering it in place. The two ranks are found by
     * selection, not by sorting everything: a rollup over 100,000 incidents summarises several
     * sets of that size on every request.
     */
    static DurationStats ofMillis(long[] millis, int n) {
        if (n == 0) {
            return EMPTY;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += millis[i];
        }
        int median = rank(0.5, n);
        int p90 = rank(0.9, n);
        select(millis, 0, n - 1, median);
        // everything after the median is no smaller than it: the 90th percentile is among those
        select(millis, median, n - 1, p90);
        return new DurationStats(n, Duration.ofMillis(Math.round((double) sum / n)),
                Duration.ofMillis(millis[median]), Duration.ofMillis(millis[p90]));
    }

    private static int rank(double p, int n) {
        return Math.max(0, (int) Math.ceil(p * n) - 1);
    }

    /**
     * Puts the k-th smallest of {@code a[lo..hi]} at index k, smaller-or-equal values before it
     * and greater-or-equal after (quickselect; ranges that stop shrinking fast are sorted instead,
     * so the worst case stays n log n).
     */
    static void select(long[] a, int lo, int hi, int k) {
        int budget = 2 * (64 - Long.numberOfLeadingZeros(hi - lo + 1L));
        while (hi - lo > SMALL) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            long pivot = medianOf3(a[lo], a[lo + (hi - lo) / 2], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] == pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
        Arrays.sort(a, lo, hi + 1);
    }

    private static long medianOf3(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
