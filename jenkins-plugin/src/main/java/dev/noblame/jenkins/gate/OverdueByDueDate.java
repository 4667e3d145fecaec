package dev.noblame.jenkins.gate;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Actions;
import dev.noblame.ports.Incidents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Breached = a priority action whose due date has passed (in the given zone) and that is not
 * completed. The incident of each action says its service.
 */
public final class OverdueByDueDate implements BreachedPriorityActions {
    private final Actions actions;
    private final Incidents incidents;
    private final ZoneId zone;

    public OverdueByDueDate(Actions actions, Incidents incidents, ZoneId zone) {
        this.actions = actions;
        this.incidents = incidents;
        this.zone = zone;
    }

    @Override
    public int count(String service, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<IncidentId, Optional<String>> serviceOf = new HashMap<>();
        int n = 0;
        for (ActionItem a : actions.all()) {
            if (a.priority() != ActionPriority.PRIORITY || a.dueDate() == null || !a.dueDate().isBefore(today)
                    || a.state().isCompleted()) {
                continue;
            }
            Optional<String> s = serviceOf.computeIfAbsent(a.incident(), id -> incidents.find(id).map(i -> i.service()));
            if (s.filter(service::equals).isPresent()) {
                n++;
            }
        }
        return n;
    }
}
