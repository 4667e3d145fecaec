package dev.noblame.jenkins.correlation;

import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.IncidentId;
import java.util.List;
import java.util.Optional;

/**
 * What correlating one event came to. {@code replayed} is true when the event had been
 * correlated before and the earlier decision is returned unchanged. {@code detail} explains a
 * decision with no incident in words.
 */
public record CorrelationResult(CorrelationOutcome outcome, Optional<IncidentId> incident, List<RankedCandidate> ranking,
                                boolean replayed, String detail) {
    public CorrelationResult {
        incident = incident == null ? Optional.empty() : incident;
        ranking = List.copyOf(ranking);
    }

    static CorrelationResult of(Correlation c, boolean replayed, String detail) {
        return new CorrelationResult(c.outcome(), c.incident(), c.ranking(), replayed, detail);
    }

    static CorrelationResult nothing(String detail) {
        return new CorrelationResult(CorrelationOutcome.NOTHING_TO_LINK, Optional.empty(), List.of(), false, detail);
    }
}
