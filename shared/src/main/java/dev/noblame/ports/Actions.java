package dev.noblame.ports;

import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.incident.IncidentId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Actions {
    ActionId nextId();

    void save(ActionItem action);

    Optional<ActionItem> find(ActionId id);

    List<ActionItem> ofIncident(IncidentId incident);

    /** Every action item; callers that need all of them (SLA evaluation, KPIs) page through this. */
    List<ActionItem> all();

    /** The action items of these incidents; database adapters read them in bulk. */
    default List<ActionItem> ofIncidents(Collection<IncidentId> incidents) {
        return incidents.stream().sorted().distinct().flatMap(i -> ofIncident(i).stream()).toList();
    }
}
