package dev.noblame.jenkins.gate;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Actions;
import dev.noblame.ports.Incidents;
import dev.noblame.sla.SlaEvaluator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Breached priority actions as the SLA policy judges them (tiers, business-day calendars):
 * the domain's {@link SlaEvaluator}, asked about the actions of the service's incidents only.
 */
public final class SlaBreaches implements BreachedPriorityActions {
    private final SlaEvaluator evaluator;
    private final Actions actions;
    private final Incidents incidents;

    public SlaBreaches(SlaEvaluator evaluator, Actions actions, Incidents incidents) {
        this.evaluator = evaluator;
        this.actions = actions;
        this.incidents = incidents;
    }

    @Override
    public int count(String service, Instant now) {
        Map<IncidentId, Optional<String>> serviceOf = new HashMap<>();
        List<ActionItem> ofService = new ArrayList<>();
        for (ActionItem a : actions.all()) {
            Optional<String> s = serviceOf.computeIfAbsent(a.incident(), id -> incidents.find(id).map(Incident::service));
            if (s.filter(service::equals).isPresent()) {
                ofService.add(a);
            }
        }
        return evaluator.breachedPriorityActions(ofService, id -> service, now).values().stream().mapToInt(Integer::intValue).sum();
    }
}
