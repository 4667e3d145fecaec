package dev.noblame.ports;

import dev.noblame.deployment.Correlation;
import dev.noblame.incident.IncidentId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Correlation decisions with their rankings; one per key, a second save of the same key replaces it. */
public interface Correlations {
    void save(Correlation correlation);

    /** Saves each decision as {@link #save} would; a database repository may send them in one batch. */
    default void saveAll(List<Correlation> correlations) {
        correlations.forEach(this::save);
    }

    Optional<Correlation> find(String key);

    /**
     * The decisions with these keys that exist, by key: for reading many at once (KPIs over every
     * deployment). Adapters over a database override it with one query per batch of keys.
     */
    default Map<String, Correlation> findAll(Collection<String> keys) {
        Map<String, Correlation> out = new LinkedHashMap<>();
        for (String key : keys) {
            find(key).ifPresent(c -> out.put(key, c));
        }
        return out;
    }

    /** Decisions about one deployment, oldest first. */
    List<Correlation> ofDeployment(String deploymentId);

    /** Decisions that linked, opened or ranked the incident, oldest first. */
    List<Correlation> ofIncident(IncidentId incident);
}
