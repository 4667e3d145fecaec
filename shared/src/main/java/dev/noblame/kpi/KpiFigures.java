package dev.noblame.kpi;

/**
 * The KPIs of DESIGN §3 for one group (or the total) over one period. Rates are null when their
 * denominator is 0. Dismissed reports are not counted at all.
 *
 * @param incidents           incidents (not near-misses) that started in the period
 * @param nearMisses          near-miss reports that started in the period
 * @param nearMissesPerMonth  nearMisses ÷ the period's length in average months
 * @param timeToDetect        MTTD: detected − started, over incidents with a detection time
 * @param timeToMitigate      mitigated − started, over incidents with a mitigation time
 * @param timeToResolve       MTTR: resolved − started, over incidents no longer open
 * @param actionsDue          action items due in the period that are done or already past due (wont_do excluded)
 * @param actionsOnTime       of those, completed at or before their due instant
 * @param repeatIncidents     incidents with a contributing factor (category + tag) seen in an earlier report
 *                            within the repeat window (180 days)
 * @param delivery            DORA figures; null for groupings that deployments cannot be attributed to
 */
public record KpiFigures(
        long incidents,
        long nearMisses,
        double nearMissesPerMonth,
        DurationStats timeToDetect,
        DurationStats timeToMitigate,
        DurationStats timeToResolve,
        long actionsDue,
        long actionsOnTime,
        Double actionsOnTimePercent,
        long repeatIncidents,
        Double repeatIncidentRate,
        DeliveryFigures delivery) {
}
