package dev.noblame.deployment;

import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One correlation decision, stored with the ranking behind it. {@code key} names what was
 * decided ({@code deployment:<id>:<state>} or {@code incident:<INC-n>:suspects}) so that a
 * replayed event finds the decision already taken instead of taking it twice.
 * {@code incident} is the incident linked, opened or recorded (absent for suspects and
 * nothing-to-link); {@code ranking} lists every candidate weighed, best first.
 */
public record Correlation(String key, CorrelationOutcome outcome, String deploymentId, Optional<IncidentId> incident,
                          List<RankedCandidate> ranking, Instant decidedAt) {
    public Correlation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
        incident = incident == null ? Optional.empty() : incident;
        ranking = List.copyOf(ranking);
    }

    public static String deploymentKey(String deploymentId, DeploymentState state) {
        return "deployment:" + deploymentId + ":" + dev.noblame.common.Wire.name(state);
    }

    public static String suspectsKey(IncidentId incident) {
        return "incident:" + incident + ":suspects";
    }

    /** True when this decision concerns the incident: it was linked or opened, or it is among the ranked. */
    public boolean concerns(IncidentId id) {
        return incident.filter(id::equals).isPresent() || ranking.stream().anyMatch(c -> c.incident().equals(id));
    }
}
