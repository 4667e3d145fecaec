package dev.noblame.ports;

import dev.noblame.deployment.Deployment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Deployments {
    /** Inserts or replaces the deployment with the same id. */
    void save(Deployment deployment);

    Optional<Deployment> find(String id);

    /** Deployments of a service that started in [from, to), oldest first. */
    List<Deployment> ofService(String service, Instant from, Instant to);

    List<Deployment> startedBetween(Instant from, Instant to);
}
