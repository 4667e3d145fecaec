package dev.noblame.kpi;

/**
 * DORA figures over production deployments that started in the period.
 *
 * @param changeFailures      failed or rolled-back production deployments that caused an incident
 * @param changeFailureRate   changeFailures ÷ productionDeployments; null with no deployments
 * @param deploymentsPerDay   deployment frequency
 * @param timeToRestore       from a change failure's deployment to its incident's mitigation (or resolution)
 * @param leadTime            from the earliest known commit to the end of a successful deployment
 */
public record DeliveryFigures(long productionDeployments, long changeFailures, Double changeFailureRate,
                              double deploymentsPerDay, DurationStats timeToRestore, DurationStats leadTime) {
}
