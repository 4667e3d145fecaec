package dev.noblame.confluence.macro;

import dev.noblame.kpi.DurationStats;
import dev.noblame.kpi.KpiPeriod;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;

/** How KPI figures read on a page: minutes, percentages, periods; "—" where there is no data. */
final class Figures {
    static final String NONE = "—";

    private Figures() {
    }

    static String minutes(DurationStats s, Function<DurationStats, Duration> pick) {
        Duration d = s == null ? null : pick.apply(s);
        return d == null ? NONE : Long.toString(d.toMinutes());
    }

    static double minutesValue(DurationStats s, Function<DurationStats, Duration> pick) {
        Duration d = s == null ? null : pick.apply(s);
        return d == null ? Double.NaN : d.toMillis() / 60_000.0;
    }

    /** A value already in percent (0..100). */
    static String percent(Double percent) {
        return percent == null ? NONE : String.format(Locale.ROOT, "%.0f%%", percent);
    }

    /** A ratio (0..1) shown in percent. */
    static String ratio(Double ratio) {
        return ratio == null ? NONE : percent(ratio * 100);
    }

    static String period(KpiPeriod p) {
        return p.from().atOffset(ZoneOffset.UTC).toLocalDate() + " to " + p.to().minusMillis(1).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
