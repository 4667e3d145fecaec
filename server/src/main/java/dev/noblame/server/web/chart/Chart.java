package dev.noblame.server.web.chart;

import dev.noblame.common.Checks;
import dev.noblame.common.ValidationException;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * What a chart shows, independent of how it is drawn: a title and a one-sentence description
 * (both read out by screen readers), the category labels along the x axis, the series, and how
 * to print a value ("3", "4.5 h").
 */
public record Chart(String id, String title, String description, List<String> categories, List<Series> series,
                    DoubleFunction<String> format) {
    public Chart {
        Checks.start()
                .notBlank(id, "chart.id")
                .require(id == null || id.matches("[a-z][a-z0-9-]{0,40}"), "chart.id", "must be lower-case letters, digits and dashes")
                .notBlank(title, "chart.title")
                .notNull(categories, "chart.categories")
                .notNull(series, "chart.series")
                .orThrow();
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw ValidationException.field("chart.series", "'" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        description = description == null ? "" : description;
        format = format == null ? Chart::plain : format;
    }

    public static Chart of(String id, String title, String description, List<String> categories, List<Series> series) {
        return new Chart(id, title, description, categories, series, null);
    }

    public Chart withFormat(DoubleFunction<String> f) {
        return new Chart(id, title, description, categories, series, f);
    }

    double max() {
        return series.stream().mapToDouble(Series::maxOrZero).max().orElse(0);
    }

    boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
    }

    /** Whole numbers without a decimal point, others with one decimal. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
