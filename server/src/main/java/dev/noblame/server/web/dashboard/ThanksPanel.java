package dev.noblame.server.web.dashboard;

import dev.noblame.action.ActionItem;
import dev.noblame.action.SmartCheck;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts what deserves thanks in a period. An early report is one that reached NoBlame within
 * an hour of the start. A good write-up is a published (or closed) postmortem whose text has no
 * error-severity wording finding and whose action items all pass the SMART check.
 */
final class ThanksPanel {
    static final Duration EARLY = Duration.ofHours(1);
    static final int NAMES_SHOWN = 8;

    private ThanksPanel() {
    }

    static DashboardView.Thanks of(KpiPeriod period, List<Incident> incidents, List<Postmortem> postmortems,
                                   Function<IncidentId, List<ActionItem>> actionsOf, WordingVerdicts wording) {
        long nearMisses = 0;
        long early = 0;
        long anonymous = 0;
        Map<String, Long> reporters = new TreeMap<>();
        for (Incident i : incidents) {
            if (!period.contains(i.startedAt())) {
                continue;
            }
            if (i.isNearMiss()) {
                nearMisses++;
            }
            if (i.timeToDetect().map(d -> d.compareTo(EARLY) <= 0).orElse(false)) {
                early++;
            }
            if (i.reporter().isAnonymous()) {
                anonymous++;
            } else {
                reporters.merge(i.reporter().userId().get(), 1L, Long::sum);
            }
        }
        long good = 0;
        Map<String, Long> authors = new TreeMap<>();
        for (Postmortem p : postmortems) {
            boolean out = p.status() == PostmortemStatus.PUBLISHED || p.status() == PostmortemStatus.CLOSED;
            if (!out || !period.contains(p.updatedAt()) || !isGood(p, actionsOf.apply(p.incident()), wording)) {
                continue;
            }
            good++;
            p.authors().forEach(a -> authors.merge(a, 1L, Long::sum));
        }
        return new DashboardView.Thanks(nearMisses, early, anonymous, good, top(reporters), top(authors));
    }

    static boolean isGood(Postmortem p, List<ActionItem> actions, WordingVerdicts wording) {
        return actions.stream().allMatch(SmartCheck::isSmart) && wording.ok(p);
    }

    private static List<DashboardView.Count> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMES_SHOWN)
                .map(e -> new DashboardView.Count(e.getKey(), e.getValue()))
                .toList();
    }
}
