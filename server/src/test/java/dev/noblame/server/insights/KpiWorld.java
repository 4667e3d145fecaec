package dev.noblame.server.insights;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.DomainException;
import dev.noblame.common.Transition;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.memory.InMemoryActions;
import dev.noblame.ports.memory.InMemoryCorrelations;
import dev.noblame.ports.memory.InMemoryDeployments;
import dev.noblame.ports.memory.InMemoryIncidents;
import dev.noblame.ports.memory.InMemoryPostmortems;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory repositories and the changes a hub makes to them, each recording the event its use
 * case records, into {@link #changes}: a fixture for the KPI index tests.
 */
final class KpiWorld {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final List<String> SERVICES = List.of("checkout", "search", "payments");
    private static final List<String> TEAMS = List.of("platform", "trust");

    final InMemoryIncidents incidents = new InMemoryIncidents();
    final InMemoryPostmortems postmortems = new InMemoryPostmortems();
    final InMemoryActions actions = new InMemoryActions();
    final InMemoryCorrelations correlations = new InMemoryCorrelations();
    final InMemoryDeployments deploymentStore = new InMemoryDeployments();
    final Changes changes = new Changes(Runnable::run);
    final dev.noblame.ports.Deployments deployments = changes.observe(deploymentStore);
    final List<IncidentId> reported = new ArrayList<>();
    final List<ActionId> opened = new ArrayList<>();
    private int deploymentCount;

    KpiSources sources() {
        return new KpiSources(() -> incidents.withIds(reported), incidents, postmortems, actions, deployments, correlations);
    }

    IncidentId report(boolean nearMiss, int service, int team, int hoursAgo) {
        IncidentId id = incidents.nextId();
        Report r = new Report(nearMiss ? IncidentKind.NEAR_MISS : IncidentKind.INCIDENT, "something happened",
                NOW.minus(Duration.ofHours(hoursAgo)), SERVICES.get(service % SERVICES.size()), nearMiss ? Severity.SEV4 : Severity.SEV2,
                TEAMS.get(team % TEAMS.size()), "production", Reporter.anonymous(), Impact.NONE);
        Incident incident = r.toIncident(id, NOW.minus(Duration.ofHours(hoursAgo)).plusSeconds(600));
        incidents.save(incident);
        reported.add(id);
        changes.record(DomainEvent.of("incident.reported", id.toString(), NOW));
        return id;
    }

    /** Moves an incident on, if the move is legal from where it is. */
    void move(int pick, IncidentStatus to, int minutesLater) {
        if (reported.isEmpty()) {
            return;
        }
        Incident i = incidents.find(reported.get(pick % reported.size())).orElseThrow();
        try {
            Transition<Incident> t = i.moveTo(to, i.startedAt().plus(Duration.ofMinutes(minutesLater + 1)), "because");
            incidents.save(t.after());
            changes.record(t.event());
        } catch (DomainException illegal) {
            // not a legal move from its state: nothing changes
        }
    }

    void factors(int pick, int category, int tag) {
        if (reported.isEmpty()) {
            return;
        }
        IncidentId id = reported.get(pick % reported.size());
        Postmortem p = postmortems.find(id).orElseGet(() -> Postmortem.start(id, NOW));
        FactorCategory c = FactorCategory.values()[category % FactorCategory.values().length];
        try {
            postmortems.save(p.withFactors(List.of(new ContributingFactor(c, "a factor", Set.of("tag" + tag % 4))), "author", NOW));
            changes.record(DomainEvent.of("postmortem.edited", id.toString(), NOW));
        } catch (DomainException notEditable) {
            // published postmortems keep their factors
        }
    }

    void addAction(int pick, int dueInDays, boolean priority) {
        if (reported.isEmpty()) {
            return;
        }
        IncidentId incident = reported.get(pick % reported.size());
        LocalDate due = dueInDays % 3 == 0 ? null : LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(dueInDays % 40 - 20);
        ActionItem a = ActionItem.open(actions.nextId(), incident, "fix it", "owner", due, null, ActionClass.PREVENT,
                priority ? ActionPriority.PRIORITY : ActionPriority.NORMAL, NOW.minus(Duration.ofDays(30)));
        actions.save(a);
        opened.add(a.id());
        changes.record(DomainEvent.of("action.opened", a.subject(), NOW));
    }

    void moveAction(int pick, ActionState to, int daysAgo) {
        if (opened.isEmpty()) {
            return;
        }
        ActionItem a = actions.find(opened.get(pick % opened.size())).orElseThrow();
        try {
            Transition<ActionItem> t = a.moveTo(to, NOW.minus(Duration.ofDays(daysAgo % 30)), "because");
            actions.save(t.after());
            changes.record(t.event());
        } catch (DomainException illegal) {
            // not a legal move from its state
        }
    }

    /** A production deployment; a failure is linked to an incident the way Jenkins correlation records it. */
    void deploy(int service, DeploymentState state, int hoursAgo, int linkTo) {
        String id = "d" + (++deploymentCount);
        Instant started = NOW.minus(Duration.ofHours(hoursAgo));
        Deployment d = new Deployment(id, "pipe", deploymentCount, "https://ci/job/" + id + "/", SERVICES.get(service % SERVICES.size()),
                "production", EnvironmentType.PRODUCTION, state, List.of(), List.of(), 1, started, started.plusSeconds(300));
        deployments.save(d);
        if (state.isFailure() && !reported.isEmpty()) {
            IncidentId incident = reported.get(linkTo % reported.size());
            correlations.save(new Correlation(Correlation.deploymentKey(id, state), CorrelationOutcome.LINKED, id,
                    Optional.of(incident), List.of(), NOW));
            changes.record(DomainEvent.of("deployment.linked", incident.toString(), NOW, "deployment", id));
        }
    }
}
