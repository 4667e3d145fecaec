package dev.noblame.ports.memory;

import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Actions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryActions implements Actions {
    private final ConcurrentSkipListMap<ActionId, ActionItem> byId = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public ActionId nextId() {
        return ActionId.of(sequence.incrementAndGet());
    }

    @Override
    public void save(ActionItem action) {
        sequence.accumulateAndGet(action.id().number(), Math::max);
        byId.put(action.id(), action);
    }

    @Override
    public Optional<ActionItem> find(ActionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<ActionItem> ofIncident(IncidentId incident) {
        return byId.values().stream().filter(a -> a.incident().equals(incident)).toList();
    }

    @Override
    public List<ActionItem> all() {
        return List.copyOf(byId.values());
    }
}
