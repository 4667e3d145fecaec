package dev.noblame.server.insights;

import dev.noblame.action.ActionItem;
import dev.noblame.deployment.Deployment;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.jenkins.dora.MeasuringDora;
import dev.noblame.kpi.KpiData;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.sla.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inputs of the KPI index as the database last showed them, kept in memory so that a change
 * is applied by reading back the few incidents it touched (with their postmortems and actions)
 * instead of everything. {@link #index} turns them into an immutable {@link KpiData}; because
 * incidents are kept in id order and actions by incident and id, in both cases as a full read
 * arranges them, an index built after changes equals one built from a fresh read. Not
 * thread-safe: one refresher at a time.
 */
final class KpiFacts {
    private final KpiSources sources;
    private final TreeMap<IncidentId, Incident> incidents = new TreeMap<>();
    private final Map<IncidentId, Postmortem> postmortems = new HashMap<>();
    private final TreeMap<IncidentId, List<ActionItem>> actions = new TreeMap<>();   // each list in id order
    private List<Deployment> deployments = List.of();
    private Map<String, IncidentId> causes = Map.of();

    private KpiFacts(KpiSources sources) {
        this.sources = sources;
    }

    /** Everything, read in a few bulk queries. */
    static KpiFacts read(KpiSources sources) {
        KpiFacts f = new KpiFacts(sources);
        sources.everyIncident().forEach(i -> f.incidents.put(i.id(), i));
        sources.postmortems().all().forEach(p -> f.postmortems.put(p.incident(), p));
        sources.actions().all().forEach(a -> f.actions.computeIfAbsent(a.incident(), k -> new ArrayList<>()).add(a));
        f.readDeployments();
        return f;
    }

    /** Reads back these incidents, their postmortems and their action items (an incident gone from the database goes). */
    void reread(Set<IncidentId> changed) {
        if (changed.isEmpty()) {
            return;
        }
        for (IncidentId id : changed) {
            incidents.remove(id);
            postmortems.remove(id);
            actions.remove(id);
        }
        sources.incidents().withIds(changed).forEach(i -> incidents.put(i.id(), i));
        sources.postmortems().ofIncidents(changed).forEach(p -> postmortems.put(p.incident(), p));
        sources.actions().ofIncidents(changed).forEach(a -> actions.computeIfAbsent(a.incident(), k -> new ArrayList<>()).add(a));
    }

    /** Deployments and which of them caused incidents; few next to incidents, so read whole. */
    void readDeployments() {
        deployments = sources.deployments().startedBetween(Instant.EPOCH, KpiSources.END_OF_TIME);
        // which failed deployment caused which incident, as Jenkins correlation decided it (DORA change failures)
        causes = MeasuringDora.causes(sources.correlations(), deployments);
    }

    int incidentCount() {
        return incidents.size();
    }

    /** The index as of {@code asOf}: built in memory, no database reads. */
    KpiData index(SlaPolicy policy, Instant asOf) {
        // by incident, then id: the same order after changes as after a full read (figures do not depend on it)
        List<ActionItem> all = new ArrayList<>();
        actions.values().forEach(all::addAll);
        KpiData.Builder builder = KpiData.builder(policy)
                .incidents(incidents.values())
                .postmortems(postmortems.values())
                .actions(all)
                .deployments(deployments)
                .asOf(asOf);
        causes.forEach(builder::causedBy);
        return builder.build();
    }

    /** For tests: the incidents held, in id order. */
    Collection<Incident> incidents() {
        return incidents.values();
    }
}
