package dev.noblame.jira.sync;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Postmortems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a later incident on the same contributing factor as a completed action: the sign the
 * action did not prevent what it was meant to. Factors match on {@code category:tag}
 * ({@link ContributingFactor#matchKeys()}), the same key the action's {@code factorKey} holds.
 */
public final class RepeatIncidents {
    private final Incidents incidents;
    private final Postmortems postmortems;

    public RepeatIncidents(Incidents incidents, Postmortems postmortems) {
        this.incidents = incidents;
        this.postmortems = postmortems;
    }

    /** Built once per round: factor key → incidents on it with their start. */
    public Index index() {
        Map<String, List<Map.Entry<Instant, IncidentId>>> byFactor = new HashMap<>();
        for (Postmortem p : postmortems.all()) {
            Optional<Incident> incident = incidents.find(p.incident());
            if (incident.isEmpty()) {
                continue;
            }
            for (ContributingFactor f : p.factors()) {
                for (String key : f.matchKeys()) {
                    byFactor.computeIfAbsent(key, k -> new ArrayList<>()).add(Map.entry(incident.get().startedAt(), p.incident()));
                }
            }
        }
        return new Index(byFactor);
    }

    public record Index(Map<String, List<Map.Entry<Instant, IncidentId>>> byFactor) {
        /** The earliest other incident on the action's factor that started after the action was completed. */
        public Optional<IncidentId> repeatAfter(ActionItem action) {
            if (action.factorKey() == null || action.completedAt() == null) {
                return Optional.empty();
            }
            return byFactor.getOrDefault(action.factorKey(), List.of()).stream()
                    .filter(e -> e.getKey().isAfter(action.completedAt()) && !e.getValue().equals(action.incident()))
                    .min(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue);
        }
    }
}
