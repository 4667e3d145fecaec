package dev.noblame.ports.memory;

import dev.noblame.deployment.Deployment;
import dev.noblame.ports.Deployments;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

public final class InMemoryDeployments implements Deployments {
    private final ConcurrentHashMap<String, Deployment> byId = new ConcurrentHashMap<>();
    /** service → (startedAt, id) → deployment: correlation looks up one service's recent deployments per incident. */
    private final ConcurrentHashMap<String, ConcurrentSkipListMap<StartKey, Deployment>> byServiceAndStart = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<StartKey, Deployment> byStart = new ConcurrentSkipListMap<>();

    private record StartKey(Instant startedAt, String id) implements Comparable<StartKey> {
        @Override
        public int compareTo(StartKey o) {
            int c = startedAt.compareTo(o.startedAt);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    @Override
    public synchronized void save(Deployment deployment) {
        Deployment before = byId.put(deployment.id(), deployment);
        if (before != null) {
            StartKey old = new StartKey(before.startedAt(), before.id());
            byStart.remove(old);
            var index = byServiceAndStart.get(before.service());
            if (index != null) {
                index.remove(old);
            }
        }
        StartKey key = new StartKey(deployment.startedAt(), deployment.id());
        byStart.put(key, deployment);
        byServiceAndStart.computeIfAbsent(deployment.service(), k -> new ConcurrentSkipListMap<>()).put(key, deployment);
    }

    @Override
    public Optional<Deployment> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Deployment> ofService(String service, Instant from, Instant to) {
        var index = byServiceAndStart.get(service);
        return index == null ? List.of() : window(index, from, to);
    }

    @Override
    public List<Deployment> startedBetween(Instant from, Instant to) {
        return window(byStart, from, to);
    }

    private static List<Deployment> window(ConcurrentSkipListMap<StartKey, Deployment> index, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        return List.copyOf(index.subMap(new StartKey(from, ""), true, new StartKey(to, ""), false).values());
    }
}
