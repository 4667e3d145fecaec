package dev.noblame.ports;

import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import java.util.List;
import java.util.Optional;

public interface Postmortems {
    void save(Postmortem postmortem);

    Optional<Postmortem> find(IncidentId incident);

    List<Postmortem> all();
}
