package dev.noblame.ports;

import dev.noblame.deployment.Correlation;
import dev.noblame.incident.IncidentId;
import java.util.List;
import java.util.Optional;

/** Correlation decisions with their rankings; one per key, a second save of the same key replaces it. */
public interface Correlations {
    void save(Correlation correlation);

    Optional<Correlation> find(String key);

    /** Decisions about one deployment, oldest first. */
    List<Correlation> ofDeployment(String deploymentId);

    /** Decisions that linked, opened or ranked the incident, oldest first. */
    List<Correlation> ofIncident(IncidentId incident);
}
