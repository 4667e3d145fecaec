package dev.noblame.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Median and 90th percentile found by selection are the nearest ranks of the sorted samples. */
class DurationStatsProperties {
    @Property(tries = 300)
    void selection_finds_the_same_ranks_as_sorting(
            @ForAll @Size(min = 1, max = 3000) List<@LongRange(min = 0, max = 5_000) Long> samples) {
        long[] values = samples.stream().mapToLong(Long::longValue).toArray();
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;

        DurationStats stats = DurationStats.ofMillis(values, n);

        assertThat(stats.count()).isEqualTo(n);
        assertThat(stats.median()).isEqualTo(Duration.ofMillis(sorted[Math.max(0, (int) Math.ceil(0.5 * n) - 1)]));
        assertThat(stats.p90()).isEqualTo(Duration.ofMillis(sorted[Math.max(0, (int) Math.ceil(0.9 * n) - 1)]));
        assertThat(stats.mean()).isEqualTo(Duration.ofMillis(Math.round(Arrays.stream(sorted).sum() / (double) n)));
    }

    @Property(tries = 50)
    void many_equal_values_and_sorted_input_do_not_trip_the_selection(@ForAll @Size(min = 1, max = 20_000) List<Boolean> bits) {
        long[] values = new long[bits.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bits.get(i) ? i : 7;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;

        DurationStats stats = DurationStats.ofMillis(values, n);

        assertThat(stats.median()).isEqualTo(Duration.ofMillis(sorted[Math.max(0, (int) Math.ceil(0.5 * n) - 1)]));
        assertThat(stats.p90()).isEqualTo(Duration.ofMillis(sorted[Math.max(0, (int) Math.ceil(0.9 * n) - 1)]));
    }
}
