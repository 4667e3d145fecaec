package dev.noblame.kpi;

import java.util.List;

/** KPIs over a period grouped by one dimension, with the total; rows sorted by incident count, then name. */
public record Rollup(Dimension dimension, KpiPeriod period, KpiFigures total, List<RollupRow> groups) {
    /** The group of items whose dimension was not recorded (no vendor, no release, no factor). */
    public static final String NONE = "(none)";

    public Rollup {
        groups = List.copyOf(groups);
    }
}
