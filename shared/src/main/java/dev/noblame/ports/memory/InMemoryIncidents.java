package dev.noblame.ports.memory;

import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.ports.Incidents;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

public final class InMemoryIncidents implements Incidents {
    private final ConcurrentSkipListMap<IncidentId, Incident> byId = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();
    /** service → (startedAt, id) → incident: correlation asks "this service, this window" at every deployment. */
    private final ConcurrentHashMap<String, ConcurrentSkipListMap<StartKey, Incident>> byServiceAndStart = new ConcurrentHashMap<>();

    private record StartKey(Instant startedAt, IncidentId id) implements Comparable<StartKey> {
        @Override
        public int compareTo(StartKey o) {
            int c = startedAt.compareTo(o.startedAt);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    @Override
    public IncidentId nextId() {
        return IncidentId.of(sequence.incrementAndGet());
    }

    @Override
    public void save(Incident incident) {
        sequence.accumulateAndGet(incident.id().number(), Math::max);
        synchronized (this) {
            Incident before = byId.put(incident.id(), incident);
            if (before != null) {
                var index = byServiceAndStart.get(before.service());
                if (index != null) {
                    index.remove(new StartKey(before.startedAt(), before.id()));
                }
            }
            byServiceAndStart.computeIfAbsent(incident.service(), k -> new ConcurrentSkipListMap<>())
                    .put(new StartKey(incident.startedAt(), incident.id()), incident);
        }
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Incident> list(IncidentQuery q) {
        return byId.values().stream().filter(matches(q))
                .sorted(Comparator.comparing(Incident::startedAt).reversed().thenComparing(Incident::id))
                .skip(q.offset()).limit(q.limit()).toList();
    }

    @Override
    public long count(IncidentQuery q) {
        return byId.values().stream().filter(matches(q)).count();
    }

    @Override
    public List<Incident> startedBetween(String service, Instant from, Instant to) {
        var index = byServiceAndStart.get(service);
        if (index == null || !from.isBefore(to)) {
            return List.of();
        }
        return List.copyOf(index.subMap(new StartKey(from, IncidentId.of(1)), true,
                new StartKey(to, IncidentId.of(1)), false).values());
    }

    private static Predicate<Incident> matches(IncidentQuery q) {
        return i -> (q.service() == null || q.service().equals(i.service()))
                && (q.team() == null || q.team().equals(i.team()))
                && (q.severity() == null || q.severity() == i.severity())
                && (q.kind() == null || q.kind() == i.kind())
                && (q.status() == null || q.status() == i.status())
                && (q.from() == null || !i.startedAt().isBefore(q.from()))
                && (q.to() == null || i.startedAt().isBefore(q.to()));
    }
}
