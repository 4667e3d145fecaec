package dev.noblame.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Marks repeat incidents: an incident is a repeat when one of its factor keys (category:tag) was
 * seen on a report that started no more than the window earlier. Near-misses count as earlier
 * reports: a warning that came true is exactly what this figure should show.
 */
final class RepeatDetector {
    private RepeatDetector() {
    }

    static boolean[] flag(long[] started, List<Set<String>> keys, long windowMillis) {
        int n = started.length;
        boolean[] repeat = new boolean[n];
        int[] order = IntStream.range(0, n).boxed().sorted((a, b) -> Long.compare(started[a], started[b]))
                .mapToInt(Integer::intValue).toArray();
        Map<String, Long> lastSeen = new HashMap<>();
        for (int i : order) {
            Set<String> k = keys.get(i);
            if (k.isEmpty()) {
                continue;
            }
            for (String key : k) {
                Long seen = lastSeen.get(key);
                if (seen != null && started[i] - seen <= windowMillis) {
                    repeat[i] = true;
                }
            }
            for (String key : k) {
                lastSeen.put(key, started[i]);
            }
        }
        return repeat;
    }
}
