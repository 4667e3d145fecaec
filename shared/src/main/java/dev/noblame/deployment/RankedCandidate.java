package dev.noblame.deployment;

import dev.noblame.incident.IncidentId;
import java.util.List;
import java.util.Objects;

/**
 * One (deployment, incident) pair weighed by correlation, with its score in [0, 1] and the
 * reasons that produced it, so a responder can see why NoBlame linked what it linked.
 */
public record RankedCandidate(String deploymentId, IncidentId incident, double score, List<String> reasons) {
    public RankedCandidate {
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(incident, "incident");
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0, 1] (got " + score + ")");
        }
        reasons = List.copyOf(reasons);
    }
}
