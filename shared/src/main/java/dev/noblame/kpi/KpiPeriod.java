package dev.noblame.kpi;

import dev.noblame.common.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A half-open span [from, to). Incidents and deployments belong to it by start, actions by due instant. */
public record KpiPeriod(Instant from, Instant to) {
    /** The average month, for "per month" rates over periods that are not whole months. */
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    public KpiPeriod {
        if (from == null || to == null) {
            throw ValidationException.field(from == null ? "from" : "to", "is required");
        }
        if (!to.isAfter(from)) {
            throw ValidationException.field("to", "must be after from (" + from + ")");
        }
    }

    public static KpiPeriod of(Instant from, Instant to) {
        return new KpiPeriod(from, to);
    }

    public static KpiPeriod month(YearMonth month, ZoneId zone) {
        return new KpiPeriod(month.atDay(1).atStartOfDay(zone).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** Whole months {@code first}..{@code last} inclusive. */
    public static KpiPeriod months(YearMonth first, YearMonth last, ZoneId zone) {
        return new KpiPeriod(month(first, zone).from(), month(last, zone).to());
    }

    public static KpiPeriod lastDays(int days, Instant now) {
        return new KpiPeriod(now.minus(Duration.ofDays(days)), now);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    public double days() {
        return Duration.between(from, to).toMillis() / 86_400_000.0;
    }

    public double months() {
        return days() / DAYS_PER_MONTH;
    }

    /** The calendar months this period touches, each cut to the period. */
    public List<KpiPeriod> splitByMonth(ZoneId zone) {
        List<KpiPeriod> out = new ArrayList<>();
        YearMonth m = YearMonth.from(from.atZone(zone));
        while (true) {
            KpiPeriod whole = month(m, zone);
            if (!whole.from().isBefore(to)) {
                break;
            }
            Instant a = whole.from().isBefore(from) ? from : whole.from();
            Instant b = whole.to().isAfter(to) ? to : whole.to();
            out.add(new KpiPeriod(a, b));
            m = m.plusMonths(1);
        }
        return out;
    }
}
