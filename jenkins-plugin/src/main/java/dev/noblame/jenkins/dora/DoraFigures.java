package dev.noblame.jenkins.dora;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The four DORA figures of one service (or of all, {@code service} = "*") over [from, to).
 *
 * @param productionDeployments finished production deployments (successful, failed, rolled back)
 * @param successfulDeployments the successful ones: deployment frequency counts these
 * @param deploymentsPerDay     successful production deployments per day of the period
 * @param failedDeployments     failed or rolled-back production deployments
 * @param failuresWithIncident  of those, the ones that caused an incident (linked or opened one)
 * @param changeFailureRate     failuresWithIncident ÷ productionDeployments; empty with no deployment
 * @param timeToRestore         median from incident start to mitigation (or resolution) over the
 *                              incidents caused by those failures; empty when none is restored yet
 * @param restoredIncidents     how many incidents the median is taken over
 * @param leadTime              median from the earliest commit to the end of a successful deployment,
 *                              over the deployments whose commit times are known
 * @param leadTimeSamples       how many deployments the lead time is taken over
 */
public record DoraFigures(String service, Instant from, Instant to, int productionDeployments, int successfulDeployments,
                          double deploymentsPerDay, int failedDeployments, int failuresWithIncident,
                          Optional<Double> changeFailureRate, Optional<Duration> timeToRestore, int restoredIncidents,
                          Optional<Duration> leadTime, int leadTimeSamples) {
    public static final String ALL_SERVICES = "*";
}
