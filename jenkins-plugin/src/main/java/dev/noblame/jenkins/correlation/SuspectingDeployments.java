package dev.noblame.jenkins.correlation;

import dev.noblame.common.DomainEvent;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.Incident;
import dev.noblame.ports.Correlations;
import dev.noblame.ports.Deployments;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The incident side of suspicion: when an incident is opened, the successful production
 * deployments of its service that started within the window before it are listed on it as
 * suspects, best-ranked first. The hub calls this after opening an incident; it is idempotent
 * per incident. (Deployments reported after the incident opened are handled by
 * {@link CorrelatingDeployment}.)
 */
public final class SuspectingDeployments {
    private final Incidents incidents;
    private final Deployments deployments;
    private final Correlations correlations;
    private final Clock clock;
    private final CorrelationPolicy policy;
    private final CandidateRanking ranking;
    private final IncidentLinker linker;
    private final Consumer<DomainEvent> events;

    public SuspectingDeployments(Incidents incidents, Deployments deployments, Correlations correlations, Timeline timeline,
                                 Clock clock, CorrelationPolicy policy) {
        this(incidents, deployments, correlations, timeline, clock, policy, e -> { });
    }

    public SuspectingDeployments(Incidents incidents, Deployments deployments, Correlations correlations, Timeline timeline,
                                 Clock clock, CorrelationPolicy policy, Consumer<DomainEvent> events) {
        this.events = events;
        this.incidents = incidents;
        this.deployments = deployments;
        this.correlations = correlations;
        this.clock = clock;
        this.policy = policy;
        this.ranking = new CandidateRanking(policy);
        this.linker = new IncidentLinker(incidents, timeline);
    }

    public CorrelationResult suspectsOf(Incident incident) {
        String key = Correlation.suspectsKey(incident.id());
        Optional<Correlation> earlier = correlations.find(key);
        if (earlier.isPresent()) {
            return CorrelationResult.of(earlier.get(), true, "suspects already listed");
        }
        Instant start = incident.startedAt();
        List<Deployment> before = deployments.ofService(incident.service(), start.minus(policy.after()), start.plusNanos(1));
        List<RankedCandidate> ranked = before.stream()
                .filter(d -> d.isProduction() && d.state() == DeploymentState.SUCCESSFUL)
                .map(d -> CandidateRanking.Scored.of(ranking.weigh(d, incident), d, incident))
                .sorted(CandidateRanking.order())
                .map(CandidateRanking.Scored::candidate)
                .toList();
        Instant now = clock.instant();
        Incident current = incident;
        for (RankedCandidate c : ranked) {
            Optional<Deployment> d = deployments.find(c.deploymentId());
            if (d.isPresent()) {
                current = linker.link(current, d.get(), "Suspect deployment", c, now);
                events.accept(CorrelatingDeployment.linkEvent("deployment.suspected", current, d.get(), c, now));
            }
        }
        Correlation decided = new Correlation(key, ranked.isEmpty() ? CorrelationOutcome.NOTHING_TO_LINK : CorrelationOutcome.SUSPECTED,
                null, Optional.of(incident.id()), ranked, now);
        correlations.save(decided);
        return CorrelationResult.of(decided, false, ranked.isEmpty() ? "no successful production deployment before it"
                : ranked.size() + " suspect deployment(s) listed");
    }
}
