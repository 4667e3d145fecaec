package dev.noblame.ports.memory;

import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Correlations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Indexed by deployment and by incident, so lookups stay cheap with millions of decisions. */
public final class InMemoryCorrelations implements Correlations {
    private final Map<String, Correlation> byKey = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysByDeployment = new ConcurrentHashMap<>();
    private final Map<IncidentId, Set<String>> keysByIncident = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(Correlation c) {
        byKey.put(c.key(), c);
        if (c.deploymentId() != null) {
            keysByDeployment.computeIfAbsent(c.deploymentId(), k -> new LinkedHashSet<>()).add(c.key());
        }
        c.incident().ifPresent(i -> keysByIncident.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(c.key()));
        for (RankedCandidate candidate : c.ranking()) {
            keysByIncident.computeIfAbsent(candidate.incident(), k -> new LinkedHashSet<>()).add(c.key());
            keysByDeployment.computeIfAbsent(candidate.deploymentId(), k -> new LinkedHashSet<>()).add(c.key());
        }
    }

    @Override
    public Optional<Correlation> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public synchronized List<Correlation> ofDeployment(String deploymentId) {
        return collect(keysByDeployment.get(deploymentId));
    }

    @Override
    public synchronized List<Correlation> ofIncident(IncidentId incident) {
        return collect(keysByIncident.get(incident)).stream().filter(c -> c.concerns(incident)).toList();
    }

    private List<Correlation> collect(Set<String> keys) {
        if (keys == null) {
            return List.of();
        }
        List<Correlation> out = new ArrayList<>();
        for (String k : keys) {
            Correlation c = byKey.get(k);
            if (c != null) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(Correlation::decidedAt));
        return out;
    }
}
