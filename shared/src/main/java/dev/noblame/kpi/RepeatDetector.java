package dev.noblame.kpi;

import java.util.Arrays;

/**
 * Marks repeat incidents: an incident is a repeat when one of its factor keys (category + tag) was
 * seen on a report that started no more than the window earlier. Near-misses count as earlier
 * reports: a warning that came true is exactly what this figure should show.
 */
final class RepeatDetector {
    /** Indices fit in the low bits of a sort key next to a start time in epoch millis (41 bits until 2039... and 42 after). */
    private static final int INDEX_BITS = 21;

    private RepeatDetector() {
    }

    /**
     * @param keys     per report, the codes of its factor keys (0 ≤ code &lt; keyCount)
     * @param keyCount number of distinct key codes
     */
    static boolean[] flag(long[] started, int[][] keys, int keyCount, long windowMillis) {
        int n = started.length;
        boolean[] repeat = new boolean[n];
        long[] lastSeen = new long[keyCount];
        Arrays.fill(lastSeen, Long.MIN_VALUE);
        for (int i : byStart(started)) {
            int[] k = keys[i];
            if (k == null) {
                continue;
            }
            long s = started[i];
            for (int key : k) {
                long seen = lastSeen[key];
                if (seen != Long.MIN_VALUE && s - seen <= windowMillis) {
                    repeat[i] = true;
                }
            }
            for (int key : k) {
                lastSeen[key] = s;
            }
        }
        return repeat;
    }

    /** Report indices in start order; a primitive sort of packed (start, index) pairs when they fit. */
    private static int[] byStart(long[] started) {
        int n = started.length;
        boolean packable = n < (1 << INDEX_BITS);
        for (int i = 0; packable && i < n; i++) {
            packable = started[i] >= 0 && started[i] < (1L << (63 - INDEX_BITS));
        }
        if (!packable) {
            return java.util.stream.IntStream.range(0, n).boxed().sorted((a, b) -> Long.compare(started[a], started[b]))
                    .mapToInt(Integer::intValue).toArray();
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (started[i] << INDEX_BITS) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (packed[i] & ((1 << INDEX_BITS) - 1));
        }
        return order;
    }
}
