package dev.noblame.jenkins.correlation;

import dev.noblame.common.DomainEvent;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Correlations;
import dev.noblame.ports.Deployments;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        return suspectsOfAll(List.of(incident)).get(0);
    }

    /**
     * {@link #suspectsOf} for incidents opened together (a batch of reports): one look-up of
     * earlier decisions, one deployment query per service and stretch of time the incidents'
     * windows cover, and one save of all decisions. Results come in the incidents' order.
     */
    public List<CorrelationResult> suspectsOfAll(List<Incident> opened) {
        Map<String, Correlation> earlier = correlations.findAll(opened.stream().map(i -> Correlation.suspectsKey(i.id())).toList());
        Map<IncidentId, List<Deployment>> before = deploymentsBefore(opened.stream()
                .filter(i -> !earlier.containsKey(Correlation.suspectsKey(i.id()))).toList());
        Instant now = clock.instant();
        List<CorrelationResult> results = new ArrayList<>(opened.size());
        List<Correlation> decided = new ArrayList<>();
        for (Incident incident : opened) {
            Correlation known = earlier.get(Correlation.suspectsKey(incident.id()));
            if (known != null) {
                results.add(CorrelationResult.of(known, true, "suspects already listed"));
                continue;
            }
            Correlation decision = decide(incident, before.getOrDefault(incident.id(), List.of()), now);
            decided.add(decision);
            results.add(CorrelationResult.of(decision, false, decision.ranking().isEmpty()
                    ? "no successful production deployment before it" : decision.ranking().size() + " suspect deployment(s) listed"));
        }
        correlations.saveAll(decided);
        return results;
    }

    /**
     * The deployments of each incident's service that started in its window
     * [start - after, start]. Windows of one service that overlap are read with one query.
     */
    private Map<IncidentId, List<Deployment>> deploymentsBefore(List<Incident> opened) {
        Map<IncidentId, List<Deployment>> found = new HashMap<>();
        Map<String, List<Incident>> byService = new TreeMap<>();
        opened.forEach(i -> byService.computeIfAbsent(i.service(), s -> new ArrayList<>()).add(i));
        byService.forEach((service, incidents) -> {
            incidents.sort(Comparator.comparing(Incident::startedAt));
            int from = 0;
            while (from < incidents.size()) {
                int to = from + 1;
                while (to < incidents.size()
                        && !incidents.get(to).startedAt().minus(policy.after()).isAfter(incidents.get(to - 1).startedAt())) {
                    to++;
                }
                List<Incident> stretch = incidents.subList(from, to);
                List<Deployment> read = deployments.ofService(service, stretch.get(0).startedAt().minus(policy.after()),
                        stretch.get(stretch.size() - 1).startedAt().plusNanos(1));
                for (Incident i : stretch) {
                    Instant earliest = i.startedAt().minus(policy.after());
                    found.put(i.id(), read.stream()
                            .filter(d -> !d.startedAt().isBefore(earliest) && !d.startedAt().isAfter(i.startedAt())).toList());
                }
                from = to;
            }
        });
        return found;
    }

    private Correlation decide(Incident incident, List<Deployment> before, Instant now) {
        String key = Correlation.suspectsKey(incident.id());
        List<RankedCandidate> ranked = before.stream()
                .filter(d -> d.isProduction() && d.state() == DeploymentState.SUCCESSFUL)
                .map(d -> CandidateRanking.Scored.of(ranking.weigh(d, incident), d, incident))
                .sorted(CandidateRanking.order())
                .map(CandidateRanking.Scored::candidate)
                .toList();
        Incident current = incident;
        for (RankedCandidate c : ranked) {
            Optional<Deployment> d = deployments.find(c.deploymentId());
            if (d.isPresent()) {
                current = linker.link(current, d.get(), "Suspect deployment", c, now);
                events.accept(CorrelatingDeployment.linkEvent("deployment.suspected", current, d.get(), c, now));
            }
        }
        return new Correlation(key, ranked.isEmpty() ? CorrelationOutcome.NOTHING_TO_LINK : CorrelationOutcome.SUSPECTED,
                null, Optional.of(incident.id()), ranked, now);
    }
}
