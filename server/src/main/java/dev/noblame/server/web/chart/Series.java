package dev.noblame.server.web.chart;

import dev.noblame.common.Checks;
import java.util.List;

/**
 * One named run of values, one per category of the chart. A missing value is {@code null}
 * (a month with no resolved incident has no MTTR); it is drawn as a gap, never as zero.
 */
public record Series(String name, List<Double> values) {
    public Series {
        Checks.start().notBlank(name, "series.name").notNull(values, "series.values").orThrow();
        for (Double v : values) {
            if (v != null && (v.isNaN() || v.isInfinite() || v < 0)) {
                throw dev.noblame.common.ValidationException.field("series.values",
                        "must be finite and not negative (got " + v + " in '" + name + "')");
            }
        }
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public static Series of(String name, double... values) {
        java.util.ArrayList<Double> list = new java.util.ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return new Series(name, list);
    }

    double maxOrZero() {
        return values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
