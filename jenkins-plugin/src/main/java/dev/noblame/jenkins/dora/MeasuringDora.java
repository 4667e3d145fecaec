package dev.noblame.jenkins.dora;

import dev.noblame.common.ValidationException;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Correlations;
import dev.noblame.ports.Deployments;
import dev.noblame.ports.Incidents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes DORA figures from the stored deployments, the correlation decisions and the incidents
 * (DESIGN §3): a failure "caused an incident" when correlation linked it to one or opened one.
 * Deployments count in the period they started in.
 */
public final class MeasuringDora {
    private final Deployments deployments;
    private final Correlations correlations;
    private final Incidents incidents;

    public MeasuringDora(Deployments deployments, Correlations correlations, Incidents incidents) {
        this.deployments = deployments;
        this.correlations = correlations;
        this.incidents = incidents;
    }

    public DoraFigures of(String service, Instant from, Instant to) {
        checkPeriod(from, to);
        return figures(service, deployments.ofService(service, from, to), from, to);
    }

    /** Every service with a deployment in the period, by name, plus the total under {@value DoraFigures#ALL_SERVICES}. */
    public Map<String, DoraFigures> byService(Instant from, Instant to) {
        checkPeriod(from, to);
        List<Deployment> all = deployments.startedBetween(from, to);
        Map<String, DoraFigures> out = new TreeMap<>();
        all.stream().collect(Collectors.groupingBy(Deployment::service))
                .forEach((s, ds) -> out.put(s, figures(s, ds, from, to)));
        out.put(DoraFigures.ALL_SERVICES, figures(DoraFigures.ALL_SERVICES, all, from, to));
        return out;
    }

    private DoraFigures figures(String service, List<Deployment> ds, Instant from, Instant to) {
        List<Deployment> production = ds.stream().filter(d -> d.isProduction() && isFinished(d.state())).toList();
        List<Deployment> successful = production.stream().filter(d -> d.state() == DeploymentState.SUCCESSFUL).toList();
        List<Deployment> failed = production.stream().filter(d -> d.state().isFailure()).toList();
        Set<IncidentId> caused = new LinkedHashSet<>();
        int failuresWithIncident = 0;
        for (Deployment d : failed) {
            Optional<IncidentId> incident = correlations.find(Correlation.deploymentKey(d.id(), d.state()))
                    .filter(c -> c.outcome() == CorrelationOutcome.LINKED || c.outcome() == CorrelationOutcome.CANDIDATE_OPENED)
                    .flatMap(Correlation::incident);
            if (incident.isPresent()) {
                failuresWithIncident++;
                caused.add(incident.get());
            }
        }
        List<Duration> restore = new ArrayList<>();
        for (IncidentId id : caused) {
            incidents.find(id).flatMap(MeasuringDora::restoredAfter).ifPresent(restore::add);
        }
        List<Duration> lead = successful.stream().map(Deployment::leadTime).flatMap(Optional::stream).toList();
        double days = Math.max(1, Duration.between(from, to).toMinutes()) / (24.0 * 60);
        Optional<Double> cfr = production.isEmpty() ? Optional.empty()
                : Optional.of(Math.round(10_000.0 * failuresWithIncident / production.size()) / 10_000.0);
        return new DoraFigures(service, from, to, production.size(), successful.size(),
                Math.round(100.0 * successful.size() / days) / 100.0, failed.size(), failuresWithIncident, cfr,
                median(restore), restore.size(), median(lead), lead.size());
    }

    /** Service is restored at mitigation; an incident never marked mitigated is restored at resolution. */
    private static Optional<Duration> restoredAfter(Incident i) {
        return i.timeToMitigate().or(i::timeToResolve);
    }

    private static boolean isFinished(DeploymentState s) {
        return s == DeploymentState.SUCCESSFUL || s.isFailure();
    }

    static Optional<Duration> median(List<Duration> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }

    private static void checkPeriod(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw ValidationException.field("period", "needs from before to");
        }
    }
}
