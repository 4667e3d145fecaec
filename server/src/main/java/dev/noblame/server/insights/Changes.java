package dev.noblame.server.insights;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.ValidationException;
import dev.noblame.deployment.Deployment;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Deployments;
import dev.noblame.server.persistence.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What changed since the KPI index last read the database: the incidents that recorded events
 * (an event about an action or a postmortem names its incident), and whether deployments
 * changed. A change counts once its transaction commits, so a reader in another thread that
 * drains it is sure to see it. When too much piles up, it asks for one full read instead of
 * remembering every id.
 */
public final class Changes {
    /** Past this many changed incidents, reading everything again is cheaper than the list. */
    static final int MAX_TRACKED = 50_000;

    private final Consumer<Runnable> afterCommit;
    private Set<IncidentId> incidents = new HashSet<>();
    private boolean deployments;
    private boolean everything;

    public Changes(Transactions tx) {
        this(tx::afterCommit);
    }

    /** @param afterCommit runs its argument once the caller's transaction commits */
    Changes(Consumer<Runnable> afterCommit) {
        this.afterCommit = afterCommit;
    }

    /** The changes one refresh applies. */
    record Batch(Set<IncidentId> incidents, boolean deployments, boolean everything) {
        boolean isEmpty() {
            return incidents.isEmpty() && !deployments && !everything;
        }
    }

    /** A listener for the recorder: every recorded event names what it changed. */
    public void record(DomainEvent event) {
        recordAll(List.of(event));
    }

    /** The events of one transaction (a batch of reports): one after-commit action for all of them. */
    public void recordAll(List<DomainEvent> events) {
        List<IncidentId> incidents = new ArrayList<>(events.size());
        boolean deployment = false;
        for (DomainEvent event : events) {
            incidentOf(event.subject()).ifPresent(incidents::add);
            // correlation decisions (which deployment caused which incident) come with deployment.* events
            deployment |= event.type().startsWith("deployment.");
        }
        if (incidents.isEmpty() && !deployment) {
            return;
        }
        boolean deployments = deployment;
        afterCommit.accept(() -> {
            synchronized (this) {
                incidents.forEach(this::addIncident);
                this.deployments |= deployments;
            }
        });
    }

    /** Wraps the deployment repository so that every save counts as a change (deployments record no event of their own). */
    public Deployments observe(Deployments inner) {
        return new Deployments() {
            @Override
            public void save(Deployment deployment) {
                inner.save(deployment);
                afterCommit.accept(Changes.this::deploymentsChanged);
            }

            @Override
            public Optional<Deployment> find(String id) {
                return inner.find(id);
            }

            @Override
            public List<Deployment> ofService(String service, Instant from, Instant to) {
                return inner.ofService(service, from, to);
            }

            @Override
            public List<Deployment> startedBetween(Instant from, Instant to) {
                return inner.startedBetween(from, to);
            }
        };
    }

    synchronized void deploymentsChanged() {
        deployments = true;
    }

    /** For changes made behind the application's back (imports, repairs): the next refresh reads everything. */
    public synchronized void everything() {
        everything = true;
        incidents = new HashSet<>();
    }

    synchronized boolean isEmpty() {
        return incidents.isEmpty() && !deployments && !everything;
    }

    /** Takes what changed so far; what commits afterwards goes into the next batch. */
    synchronized Batch drain() {
        Batch b = new Batch(incidents, deployments, everything);
        incidents = new HashSet<>();
        deployments = false;
        everything = false;
        return b;
    }

    private void addIncident(IncidentId id) {
        if (everything) {
            return;
        }
        incidents.add(id);
        if (incidents.size() > MAX_TRACKED) {
            everything();
        }
    }

    /** {@code INC-12} and {@code INC-12/ACT-3} name incident 12; other subjects (services, gates) none. */
    static Optional<IncidentId> incidentOf(String subject) {
        if (subject == null || !subject.startsWith("INC-")) {
            return Optional.empty();
        }
        int slash = subject.indexOf('/');
        try {
            return Optional.of(IncidentId.parse(slash < 0 ? subject : subject.substring(0, slash)));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
