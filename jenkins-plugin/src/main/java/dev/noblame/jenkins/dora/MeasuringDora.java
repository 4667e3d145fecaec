package dev.noblame.jenkins.dora;

import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.Deployment;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.kpi.DeliveryFigures;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.kpi.Rollup;
import dev.noblame.kpi.RollupRow;
import dev.noblame.ports.Correlations;
import dev.noblame.ports.Deployments;
import dev.noblame.ports.Incidents;
import dev.noblame.sla.SlaPolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * DORA figures per service and period. The figures themselves are the KPI module's
 * ({@link Kpis}, {@link DeliveryFigures}: one definition across NoBlame); what this adds is the
 * Jenkins knowledge of which failed deployment caused which incident, from the correlation
 * decisions ({@link #causes}), which the hub's KPI and rollup endpoints also feed into
 * {@link KpiData.Builder#causedBy}.
 */
public final class MeasuringDora {
    public static final String ALL_SERVICES = "*";

    private final Deployments deployments;
    private final Correlations correlations;
    private final Incidents incidents;
    private final SlaPolicy policy;
    private final Clock clock;

    public MeasuringDora(Deployments deployments, Correlations correlations, Incidents incidents, SlaPolicy policy, Clock clock) {
        this.deployments = deployments;
        this.correlations = correlations;
        this.incidents = incidents;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Which deployment caused which incident: a failure that correlation linked to an incident
     * or that opened one. Near-misses and suspects are not causes.
     */
    public static Map<String, IncidentId> causes(Correlations correlations, Collection<Deployment> deployments) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Deployment d : deployments) {
            if (d.state().isFailure()) {
                keys.put(Correlation.deploymentKey(d.id(), d.state()), d.id());
            }
        }
        // one bulk lookup, not a query per failed deployment
        Map<String, Correlation> decided = correlations.findAll(keys.keySet());
        Map<String, IncidentId> out = new LinkedHashMap<>();
        keys.forEach((key, deployment) -> Optional.ofNullable(decided.get(key))
                .filter(c -> c.outcome() == CorrelationOutcome.LINKED || c.outcome() == CorrelationOutcome.CANDIDATE_OPENED)
                .flatMap(Correlation::incident)
                .ifPresent(i -> out.put(deployment, i)));
        return out;
    }

    /** Every service with a production deployment in the period, by name, and the total under {@value #ALL_SERVICES}. */
    public Map<String, DeliveryFigures> byService(KpiPeriod period) {
        Rollup rollup = Kpis.rollup(data(deployments.startedBetween(period.from(), period.to())), period, Dimension.SERVICE);
        Map<String, DeliveryFigures> out = new TreeMap<>();
        for (RollupRow row : rollup.groups()) {
            if (row.figures().delivery() != null && row.figures().delivery().productionDeployments() > 0) {
                out.put(row.group(), row.figures().delivery());
            }
        }
        out.put(ALL_SERVICES, rollup.total().delivery());
        return out;
    }

    public DeliveryFigures of(String service, KpiPeriod period) {
        return Kpis.total(data(deployments.ofService(service, period.from(), period.to())), period).delivery();
    }

    /** Only the incidents the failures caused: other incidents do not change delivery figures. */
    private KpiData data(List<Deployment> ds) {
        Map<String, IncidentId> causes = causes(correlations, ds);
        Set<IncidentId> ids = new LinkedHashSet<>(causes.values());
        List<Incident> caused = new ArrayList<>();
        for (IncidentId id : ids) {
            incidents.find(id).ifPresent(caused::add);
        }
        KpiData.Builder b = KpiData.builder(policy).deployments(ds).incidents(caused).asOf(clock.instant());
        causes.forEach(b::causedBy);
        return b.build();
    }
}
