package dev.noblame.kpi;

import java.util.Arrays;

/** A growable array of primitive longs: durations for percentiles without boxing. */
final class LongBag {
    long[] values;
    int size;

    LongBag(int capacity) {
        values = new long[Math.max(4, capacity)];
    }

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    DurationStats stats() {
        return DurationStats.ofMillis(values, size);
    }
}
