package dev.noblame.ports.memory;

import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.Postmortems;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

public final class InMemoryPostmortems implements Postmortems {
    private final ConcurrentSkipListMap<IncidentId, Postmortem> byIncident = new ConcurrentSkipListMap<>();

    @Override
    public void save(Postmortem postmortem) {
        byIncident.put(postmortem.incident(), postmortem);
    }

    @Override
    public Optional<Postmortem> find(IncidentId incident) {
        return Optional.ofNullable(byIncident.get(incident));
    }

    @Override
    public List<Postmortem> all() {
        return List.copyOf(byIncident.values());
    }
}
