package dev.noblame.ports.memory;

import dev.noblame.deployment.Deployment;
import dev.noblame.ports.Deployments;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryDeployments implements Deployments {
    private final ConcurrentHashMap<String, Deployment> byId = new ConcurrentHashMap<>();

    @Override
    public void save(Deployment deployment) {
        byId.put(deployment.id(), deployment);
    }

    @Override
    public Optional<Deployment> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Deployment> ofService(String service, Instant from, Instant to) {
        return byId.values().stream()
                .filter(d -> d.service().equals(service) && !d.startedAt().isBefore(from) && d.startedAt().isBefore(to))
                .sorted(Comparator.comparing(Deployment::startedAt)).toList();
    }

    @Override
    public List<Deployment> startedBetween(Instant from, Instant to) {
        return byId.values().stream()
                .filter(d -> !d.startedAt().isBefore(from) && d.startedAt().isBefore(to))
                .sorted(Comparator.comparing(Deployment::startedAt)).toList();
    }
}
