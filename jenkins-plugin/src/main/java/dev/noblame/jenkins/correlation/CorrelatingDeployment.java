package dev.noblame.jenkins.correlation;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.Wire;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.jenkins.intake.DeploymentEvent;
import dev.noblame.ports.Correlations;
import dev.noblame.ports.Deployments;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Outbox;
import dev.noblame.ports.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Takes a reported deployment and relates it to incidents:
 * <ul>
 * <li>a failed or rolled-back production deployment is linked to the best-ranked open incident
 *     of its service that started within the window; with none, a SEV3 candidate incident
 *     "deployment failure" is opened, or a near-miss recorded when the failure was caught
 *     before production (a failed canary, an automatic rollback);</li>
 * <li>a successful production deployment is listed as a suspect on the incidents of its service
 *     that started after it within the window.</li>
 * </ul>
 * Every decision is stored with its ranking under a key per (deployment, state), so a replayed
 * event (the Notification plugin sends COMPLETED and FINALIZED; retries resend) returns the
 * stored decision and changes nothing. Build pages are annotated through the outbox.
 */
public final class CorrelatingDeployment {
    /** The {@code source} of the incidents this use case opens, so listeners can tell them apart. */
    public static final String SOURCE = "jenkins.correlation";

    private final Incidents incidents;
    private final Deployments deployments;
    private final Correlations correlations;
    private final Outbox outbox;
    private final Clock clock;
    private final CorrelationPolicy policy;
    private final CandidateRanking ranking;
    private final IncidentLinker linker;
    private final Consumer<DomainEvent> events;

    public CorrelatingDeployment(Incidents incidents, Deployments deployments, Correlations correlations, Timeline timeline,
                                 Outbox outbox, Clock clock, CorrelationPolicy policy) {
        this(incidents, deployments, correlations, timeline, outbox, clock, policy, e -> { });
    }

    /**
     * @param events where the incidents opened and the links made are recorded (the hub's evidence
     *               recorder); called in the caller's transaction
     */
    public CorrelatingDeployment(Incidents incidents, Deployments deployments, Correlations correlations, Timeline timeline,
                                 Outbox outbox, Clock clock, CorrelationPolicy policy, Consumer<DomainEvent> events) {
        this.events = events;
        this.incidents = incidents;
        this.deployments = deployments;
        this.correlations = correlations;
        this.outbox = outbox;
        this.clock = clock;
        this.policy = policy;
        this.ranking = new CandidateRanking(policy);
        this.linker = new IncidentLinker(incidents, timeline);
    }

    public CorrelationResult correlate(DeploymentEvent event) {
        Deployment d = event.deployment();
        Optional<Deployment> stored = deployments.find(d.id());
        if (d.state() == DeploymentState.STARTED) {
            if (stored.isPresent() && stored.get().state() != DeploymentState.STARTED) {
                return CorrelationResult.nothing("the deployment has already finished as " + stored.get().state());
            }
            deployments.save(d);
            return CorrelationResult.nothing("deployment started; correlation runs when it finishes");
        }
        String key = Correlation.deploymentKey(d.id(), d.state());
        Optional<Correlation> earlier = correlations.find(key);
        if (earlier.isPresent()) {
            return CorrelationResult.of(earlier.get(), true, "already correlated");
        }
        deployments.save(d);
        Instant now = clock.instant();
        if (d.state() == DeploymentState.CANCELLED) {
            return record(key, CorrelationOutcome.NOTHING_TO_LINK, d, null, List.of(), now, "a cancelled deployment changed nothing");
        }
        if (d.state() == DeploymentState.SUCCESSFUL) {
            return suspect(key, d, now);
        }
        return failure(key, d, event.caughtBeforeProduction(), now);
    }

    private CorrelationResult failure(String key, Deployment d, boolean caught, Instant now) {
        if (!d.isProduction() && !caught) {
            return record(key, CorrelationOutcome.NOTHING_TO_LINK, d, null, List.of(), now,
                    "a failure in " + d.environment() + " is not a production failure");
        }
        List<RankedCandidate> ranked = d.isProduction() ? rank(d, candidatesOpenNear(d)) : List.of();
        if (!ranked.isEmpty()) {
            RankedCandidate best = ranked.get(0);
            Incident incident = incidents.find(best.incident()).orElseThrow();
            Incident linked = linker.link(incident, d, "Failed deployment linked", best, now);
            events.accept(linkEvent("deployment.linked", linked, d, best, now));
            note(d, linked, "linked");
            return record(key, CorrelationOutcome.LINKED, d, linked, ranked, now, "linked to the best-ranked open incident");
        }
        Incident opened = caught ? nearMiss(d, now) : candidate(d, now);
        incidents.save(opened);
        events.accept(DomainEvent.of("incident.reported", opened.subject(), now,
                "kind", Wire.name(opened.kind()), "severity", opened.severity().name(), "service", opened.service(),
                "status", Wire.name(opened.status()), "reporter", "jenkins", "source", SOURCE, "deployment", d.id()));
        linker.link(opened, d, caught ? "Near-miss recorded from deployment" : "Candidate incident opened from deployment", null, now);
        note(d, opened, caught ? "near_miss" : "opened");
        return record(key, caught ? CorrelationOutcome.NEAR_MISS_RECORDED : CorrelationOutcome.CANDIDATE_OPENED, d, opened,
                List.of(), now, caught ? "caught before production: near-miss recorded" : "no open incident: candidate opened");
    }

    private CorrelationResult suspect(String key, Deployment d, Instant now) {
        if (!d.isProduction()) {
            return record(key, CorrelationOutcome.NOTHING_TO_LINK, d, null, List.of(), now, "not a production deployment");
        }
        List<Incident> later = incidents.startedBetween(d.service(), d.startedAt(), d.startedAt().plus(policy.after()))
                .stream().filter(i -> i.status() != IncidentStatus.DISMISSED).toList();
        List<RankedCandidate> ranked = rank(d, later);
        for (RankedCandidate c : ranked) {
            incidents.find(c.incident()).ifPresent(i -> {
                Incident linked = linker.link(i, d, "Suspect deployment", c, now);
                events.accept(linkEvent("deployment.suspected", linked, d, c, now));
            });
        }
        return record(key, ranked.isEmpty() ? CorrelationOutcome.NOTHING_TO_LINK : CorrelationOutcome.SUSPECTED, d, null,
                ranked, now, ranked.isEmpty() ? "no incident started after it" : "listed as a suspect");
    }

    private List<Incident> candidatesOpenNear(Deployment d) {
        return incidents.startedBetween(d.service(), d.startedAt().minus(policy.before()), d.startedAt().plus(policy.after()))
                .stream().filter(i -> i.isOpen() && !i.isNearMiss()).toList();
    }

    private List<RankedCandidate> rank(Deployment d, List<Incident> candidates) {
        return candidates.stream()
                .map(i -> CandidateRanking.Scored.of(ranking.weigh(d, i), d, i))
                .sorted(CandidateRanking.order())
                .map(CandidateRanking.Scored::candidate)
                .toList();
    }

    private Incident candidate(Deployment d, Instant now) {
        Instant started = d.finishedAt() != null ? d.finishedAt() : d.startedAt();
        return new Incident(incidents.nextId(), IncidentKind.INCIDENT, title("Deployment failure", d), Severity.SEV3,
                d.service(), null, d.environment(), null, null, started, now.isBefore(started) ? started : now, null, null,
                IncidentStatus.REPORTED, Reporter.anonymous(), null, IncidentLinks.NONE, null);
    }

    /** A near-miss is reviewed lightly and is over when recorded: it is born resolved, like a reported one. */
    private Incident nearMiss(Deployment d, Instant now) {
        Instant started = d.startedAt();
        Instant ended = d.finishedAt() != null ? d.finishedAt() : now.isBefore(started) ? started : now;
        return new Incident(incidents.nextId(), IncidentKind.NEAR_MISS, title("Deployment failure caught before production", d),
                Severity.SEV4, d.service(), null, d.environment(), null, null, started, ended, ended, ended,
                IncidentStatus.RESOLVED, Reporter.anonymous(), null, IncidentLinks.NONE, null);
    }

    static DomainEvent linkEvent(String type, Incident incident, Deployment d, RankedCandidate why, Instant at) {
        return DomainEvent.of(type, incident.subject(), at, "deployment", d.id(), "build", d.buildUrl(),
                "state", Wire.name(d.state()), "score", String.valueOf(why.score()), "reasons", String.join("; ", why.reasons()));
    }

    private static String title(String what, Deployment d) {
        String t = what + ": " + d.service() + " (" + d.pipeline() + " #" + d.buildNumber() + ")";
        return t.length() <= Incident.MAX_TITLE ? t : t.substring(0, Incident.MAX_TITLE - 3) + "...";
    }

    private void note(Deployment d, Incident incident, String outcome) {
        if (d.buildUrl() != null) {
            BuildPageNote.enqueue(outbox, d.buildUrl(), incident, outcome);
        }
    }

    private CorrelationResult record(String key, CorrelationOutcome outcome, Deployment d, Incident incident,
                                     List<RankedCandidate> ranked, Instant now, String detail) {
        Correlation c = new Correlation(key, outcome, d.id(), Optional.ofNullable(incident).map(Incident::id), ranked, now);
        correlations.save(c);
        return CorrelationResult.of(c, false, detail);
    }
}
