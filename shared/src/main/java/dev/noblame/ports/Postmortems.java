package dev.noblame.ports;

import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Postmortems {
    void save(Postmortem postmortem);

    Optional<Postmortem> find(IncidentId incident);

    List<Postmortem> all();

    /** The postmortems of these incidents (those that have one); database adapters read them in bulk. */
    default List<Postmortem> ofIncidents(Collection<IncidentId> incidents) {
        return incidents.stream().sorted().distinct().map(this::find).flatMap(Optional::stream).toList();
    }
}
