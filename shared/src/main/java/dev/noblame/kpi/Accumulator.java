package dev.noblame.kpi;

/** Counters and duration samples of one group during one rollup pass. */
final class Accumulator {
    long incidents;
    long nearMisses;
    long repeats;
    long actionsDue;
    long actionsOnTime;
    long deployments;
    long changeFailures;
    final LongBag detect;
    final LongBag mitigate;
    final LongBag resolve;
    LongBag restore;
    LongBag lead;

    Accumulator(int capacity) {
        detect = new LongBag(capacity);
        mitigate = new LongBag(capacity);
        resolve = new LongBag(capacity);
    }

    void incident(KpiData d, int i) {
        if (d.nearMiss[i]) {
            nearMisses++;
            return;
        }
        incidents++;
        long s = d.started[i];
        if (d.detected[i] != KpiData.UNKNOWN) {
            detect.add(d.detected[i] - s);
        }
        if (d.mitigated[i] != KpiData.UNKNOWN) {
            mitigate.add(d.mitigated[i] - s);
        }
        if (!d.open[i] && d.resolved[i] != KpiData.UNKNOWN) {
            resolve.add(d.resolved[i] - s);
        }
        if (d.repeat[i]) {
            repeats++;
        }
    }

    void action(boolean onTime) {
        actionsDue++;
        if (onTime) {
            actionsOnTime++;
        }
    }

    void deployment(KpiData d, int k) {
        if (restore == null) {
            restore = new LongBag(16);
            lead = new LongBag(16);
        }
        deployments++;
        if (d.changeFailure[k]) {
            changeFailures++;
            if (d.restoreMillis[k] != KpiData.UNKNOWN) {
                restore.add(d.restoreMillis[k]);
            }
        }
        if (d.leadMillis[k] != KpiData.UNKNOWN) {
            lead.add(d.leadMillis[k]);
        }
    }

    boolean isEmpty() {
        return incidents == 0 && nearMisses == 0 && actionsDue == 0 && deployments == 0;
    }

    KpiFigures figures(KpiPeriod period, boolean withDelivery) {
        DeliveryFigures delivery = null;
        if (withDelivery) {
            delivery = new DeliveryFigures(deployments, changeFailures, ratio(changeFailures, deployments),
                    deployments / period.days(),
                    restore == null ? DurationStats.EMPTY : restore.stats(),
                    lead == null ? DurationStats.EMPTY : lead.stats());
        }
        Double onTime = ratio(actionsOnTime, actionsDue);
        return new KpiFigures(incidents, nearMisses, nearMisses / period.months(), detect.stats(), mitigate.stats(),
                resolve.stats(), actionsDue, actionsOnTime, onTime == null ? null : onTime * 100, repeats,
                ratio(repeats, incidents), delivery);
    }

    static KpiFigures empty(KpiPeriod period, boolean withDelivery) {
        return new Accumulator(4).figures(period, withDelivery);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
