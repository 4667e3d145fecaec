package dev.noblame.render;

import dev.noblame.kpi.MonthlyPoint;
import dev.noblame.kpi.Rollup;
import dev.noblame.kpi.RollupRow;
import dev.noblame.redaction.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rollup page's content after redaction: its title and group names (a vendor or release name
 * can carry anything) went through redaction; the figures are numbers. Like
 * {@link RedactedPostmortem}, {@link #of} is the only way to make one.
 *
 * @param months the monthly series of the same period, for the trend chart (may be empty)
 */
public final class RedactedRollup {
    private final String title;
    private final Rollup rollup;
    private final List<MonthlyPoint> months;

    private RedactedRollup(String title, Rollup rollup, List<MonthlyPoint> months) {
        this.title = title;
        this.rollup = rollup;
        this.months = months;
    }

    public static RedactedRollup of(String title, Rollup rollup, List<MonthlyPoint> months, Redactor redactor) {
        Objects.requireNonNull(redactor, "redactor");
        dev.noblame.common.Checks.start().notBlank(title, "title").maxLength(title, 255, "title").orThrow();
        List<RollupRow> rows = new ArrayList<>();
        for (RollupRow row : rollup.groups()) {
            rows.add(new RollupRow(redactor.redact(row.group()).text(), row.figures()));
        }
        return new RedactedRollup(redactor.redact(title.strip()).text(), new Rollup(rollup.dimension(), rollup.period(), rollup.total(), rows),
                List.copyOf(months == null ? List.of() : months));
    }

    public String title() {
        return title;
    }

    public Rollup rollup() {
        return rollup;
    }

    public List<MonthlyPoint> months() {
        return months;
    }
}
