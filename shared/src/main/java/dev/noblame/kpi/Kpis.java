package dev.noblame.kpi;

import dev.noblame.postmortem.FactorCategory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KPIs and rollups (DESIGN §3) over {@link KpiData}. One pass over each kind of item per call;
 * no work per item beyond array reads and counters, so a rollup of 100,000 incidents and
 * 1,000,000 actions takes milliseconds once the data is indexed.
 * Usage: {@code Kpis.rollup(data, KpiPeriod.month(YearMonth.of(2026, 3), zone), Dimension.TEAM)}.
 */
public final class Kpis {
    private static final FactorCategory[] CATEGORIES = FactorCategory.values();

    private Kpis() {
    }

    /** The figures of everything in the period. */
    public static KpiFigures total(KpiData data, KpiPeriod period) {
        return compute(data, period, null).total;
    }

    /** The figures per group of {@code dimension}, with the total. */
    public static Rollup rollup(KpiData data, KpiPeriod period, Dimension dimension) {
        Result r = compute(data, period, dimension);
        List<RollupRow> rows = new ArrayList<>();
        for (int g = 0; g < r.groups.length; g++) {
            if (r.groups[g] != null && !r.groups[g].isEmpty()) {
                rows.add(new RollupRow(groupName(data, dimension, g), r.groups[g].figures(period, dimension.attributesDeployments())));
            }
        }
        rows.sort(Comparator.comparingLong((RollupRow row) -> -row.figures().incidents()).thenComparing(RollupRow::group));
        return new Rollup(dimension, period, r.total, rows);
    }

    /** The total per calendar month of the period (months cut in the data's zone), for charts. */
    public static List<MonthlyPoint> monthly(KpiData data, KpiPeriod period) {
        List<MonthlyPoint> out = new ArrayList<>();
        for (KpiPeriod month : period.splitByMonth(data.zone())) {
            out.add(new MonthlyPoint(YearMonth.from(month.from().atZone(data.zone())), total(data, month)));
        }
        return out;
    }

    /** A monthly series per group; every group has a point for every month, so chart lines align. */
    public static Map<String, List<MonthlyPoint>> monthly(KpiData data, KpiPeriod period, Dimension dimension) {
        Map<String, List<MonthlyPoint>> series = new LinkedHashMap<>();
        for (RollupRow row : rollup(data, period, dimension).groups()) {
            series.put(row.group(), new ArrayList<>());
        }
        for (KpiPeriod month : period.splitByMonth(data.zone())) {
            YearMonth ym = YearMonth.from(month.from().atZone(data.zone()));
            Map<String, KpiFigures> byGroup = new LinkedHashMap<>();
            rollup(data, month, dimension).groups().forEach(row -> byGroup.put(row.group(), row.figures()));
            KpiFigures none = Accumulator.empty(month, dimension.attributesDeployments());
            series.forEach((group, points) -> points.add(new MonthlyPoint(ym, byGroup.getOrDefault(group, none))));
        }
        return series;
    }

    private record Result(KpiFigures total, Accumulator[] groups) {
    }

    private static Result compute(KpiData d, KpiPeriod period, Dimension dim) {
        long from = period.from().toEpochMilli();
        long to = period.to().toEpochMilli();
        long asOf = d.asOf.toEpochMilli();
        boolean byCategory = dim == Dimension.FACTOR_CATEGORY;
        int groupCount = dim == null ? 0 : byCategory ? CATEGORIES.length + 1 : d.dictionaries[dim.ordinal()].size();
        int[] codes = dim == null || byCategory ? null : d.groupCode[dim.ordinal()];
        // a counting pass first, so duration samples go into arrays of the right size (growing them cost more than counting)
        int[] sizes = new int[groupCount];
        int inPeriod = 0;
        for (int i = 0; i < d.incidentCount; i++) {
            long s = d.started[i];
            if (s < from || s >= to) {
                continue;
            }
            inPeriod++;
            if (codes != null) {
                sizes[codes[i]]++;
            } else if (byCategory) {
                int bits = d.categories[i];
                do {
                    sizes[categoryGroup(bits)]++;
                    bits &= bits - 1;
                } while (bits != 0);
            }
        }
        Accumulator total = new Accumulator(inPeriod);
        Accumulator[] groups = new Accumulator[groupCount];
        for (int g = 0; g < groupCount; g++) {
            if (sizes[g] > 0) {
                groups[g] = new Accumulator(sizes[g]);
            }
        }

        for (int i = 0; i < d.incidentCount; i++) {
            long s = d.started[i];
            if (s < from || s >= to) {
                continue;
            }
            total.incident(d, i);
            if (codes != null) {
                group(groups, codes[i]).incident(d, i);
            } else if (byCategory) {
                int bits = d.categories[i];
                do {
                    group(groups, categoryGroup(bits)).incident(d, i);
                    bits &= bits - 1;
                } while (bits != 0);
            }
        }
        for (int j = 0; j < d.actionCount; j++) {
            long due = d.actionDue[j];
            long done = d.actionCompleted[j];
            if (due < from || due >= to || (due > asOf && done == KpiData.UNKNOWN)) {
                continue;
            }
            boolean onTime = done != KpiData.UNKNOWN && done <= due;
            total.action(onTime);
            if (codes != null) {
                int inc = d.actionIncident[j];
                group(groups, inc < 0 ? Dictionary.NONE : codes[inc]).action(onTime);
            } else if (byCategory) {
                int bits = d.actionCategories[j];
                do {
                    group(groups, categoryGroup(bits)).action(onTime);
                    bits &= bits - 1;
                } while (bits != 0);
            }
        }
        boolean deploymentsByGroup = dim != null && dim.attributesDeployments();
        for (int k = 0; k < d.deploymentCount; k++) {
            long s = d.deploymentStarted[k];
            if (s < from || s >= to) {
                continue;
            }
            total.deployment(d, k);
            if (deploymentsByGroup) {
                group(groups, d.deploymentService[k]).deployment(d, k);
            }
        }
        return new Result(total.figures(period, true), groups);
    }

    /** Group index of the lowest category in {@code bits}; 0 ({@value Rollup#NONE}) when there is none. */
    private static int categoryGroup(int bits) {
        return bits == 0 ? 0 : Integer.numberOfTrailingZeros(bits) + 1;
    }

    private static Accumulator group(Accumulator[] groups, int g) {
        Accumulator a = groups[g];
        if (a == null) {
            a = new Accumulator(16);
            groups[g] = a;
        }
        return a;
    }

    private static String groupName(KpiData d, Dimension dim, int g) {
        if (dim == Dimension.FACTOR_CATEGORY) {
            return g == 0 ? Rollup.NONE : dev.noblame.common.Wire.name(CATEGORIES[g - 1]);
        }
        return d.dictionaries[dim.ordinal()].name(g);
    }
}
