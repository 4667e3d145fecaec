package dev.noblame.sla;

import dev.noblame.common.Checks;
import dev.noblame.common.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days count as working days, and in which time zone. Weekend days and holidays (explicit
 * dates plus rule-based {@link HolidaySet}s) are not business days.
 *
 * <p>"n business days after an instant" counts n business days strictly after the instant's local
 * date and keeps the local time of day: Friday 10:00 plus one business day is Monday 10:00, and
 * Saturday 10:00 plus one is Monday 10:00 as well. So a result always falls on a business day, and
 * more business days never give an earlier instant.
 */
public final class BusinessCalendar {
    /** Far more than any real calendar needs; guards against a configuration with no working day in sight. */
    private static final int MAX_SEARCH_DAYS = 3_660;

    private final String name;
    private final ZoneId zone;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final Set<HolidaySet> holidaySets;
    private final boolean fixedOffset;
    /**
     * Per-year tables of business days and day ends, filled on first use. SLA evaluation asks these
     * questions millions of times per run; a table read is far cheaper than zone rules and holiday
     * sets. Entries are immutable with final fields, so a racing reader sees null (and recomputes)
     * or a complete table.
     */
    private final YearTable[] years = new YearTable[TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1];

    private static final int TABLE_FIRST_YEAR = 1970;
    private static final int TABLE_LAST_YEAR = 2200;

    private static final class YearTable {
        final boolean[] business;
        final long[] endMillis;

        YearTable(boolean[] business, long[] endMillis) {
            this.business = business;
            this.endMillis = endMillis;
        }
    }

    private BusinessCalendar(String name, ZoneId zone, Set<DayOfWeek> weekend, Set<LocalDate> holidays, Set<HolidaySet> holidaySets) {
        this.name = name;
        this.zone = zone;
        this.weekend = weekend;
        this.holidays = holidays;
        this.holidaySets = holidaySets;
        this.fixedOffset = zone.getRules().isFixedOffset();
    }

    public static BusinessCalendar of(String name, ZoneId zone, Collection<DayOfWeek> weekend,
                                      Collection<LocalDate> holidays, Collection<HolidaySet> holidaySets) {
        Checks.start()
                .notBlank(name, "name")
                .notNull(zone, "zone")
                .require(weekend == null || weekend.size() < 7, "weekend", "leaves no working day in the week")
                .orThrow();
        EnumSet<DayOfWeek> w = weekend == null || weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        EnumSet<HolidaySet> sets = holidaySets == null || holidaySets.isEmpty() ? EnumSet.noneOf(HolidaySet.class) : EnumSet.copyOf(holidaySets);
        return new BusinessCalendar(name.strip(), zone, w, Set.copyOf(holidays == null ? Set.of() : holidays), sets);
    }

    /** Monday to Friday in UTC, no holidays. */
    public static BusinessCalendar utc() {
        return of("utc", ZoneOffset.UTC, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), Set.of());
    }

    /** US business days as the SEC counts them: Monday to Friday, US federal holidays, New York time. */
    public static BusinessCalendar usFederal() {
        return of("us-federal", ZoneId.of("America/New_York"), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Set.of(), EnumSet.of(HolidaySet.US_FEDERAL));
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<DayOfWeek> weekend() {
        return java.util.Collections.unmodifiableSet(weekend);
    }

    public Set<LocalDate> holidays() {
        return new TreeSet<>(holidays);
    }

    public Set<HolidaySet> holidaySets() {
        return java.util.Collections.unmodifiableSet(holidaySets);
    }

    /** True when the zone never changes its offset (UTC, +05:30): calendar days are then exactly 24 hours. */
    public boolean isFixedOffset() {
        return fixedOffset;
    }

    public boolean isBusinessDay(LocalDate date) {
        YearTable t = table(date.getYear());
        return t != null ? t.business[date.getDayOfYear() - 1] : computeBusinessDay(date);
    }

    private YearTable table(int year) {
        if (year < TABLE_FIRST_YEAR || year > TABLE_LAST_YEAR) {
            return null;
        }
        YearTable t = years[year - TABLE_FIRST_YEAR];
        if (t == null) {
            LocalDate first = LocalDate.of(year, 1, 1);
            int days = first.lengthOfYear();
            boolean[] business = new boolean[days];
            long[] ends = new long[days];
            for (int i = 0; i < days; i++) {
                LocalDate d = first.plusDays(i);
                business[i] = computeBusinessDay(d);
                ends[i] = d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            t = new YearTable(business, ends);
            years[year - TABLE_FIRST_YEAR] = t;
        }
        return t;
    }

    private boolean computeBusinessDay(LocalDate date) {
        if (weekend.contains(date.getDayOfWeek()) || holidays.contains(date)) {
            return false;
        }
        for (HolidaySet s : holidaySets) {
            if (s.contains(date)) {
                return false;
            }
        }
        return true;
    }

    /** The n-th business day strictly after {@code date} (n = 0: the date itself if it is one, else the next). */
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate d = date;
        if (n == 0) {
            return nextOrSame(d);
        }
        int left = n;
        int searched = 0;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
            guard(++searched);
        }
        return d;
    }

    /** The n-th business day strictly before {@code date} (n = 0: the date itself if it is one, else the one before). */
    public LocalDate minusBusinessDays(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate d = date;
        int searched = 0;
        if (n == 0) {
            while (!isBusinessDay(d)) {
                d = d.minusDays(1);
                guard(++searched);
            }
            return d;
        }
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
            guard(++searched);
        }
        return d;
    }

    public Instant plusBusinessDays(Instant start, int n) {
        ZonedDateTime local = start.atZone(zone);
        LocalDate day = plusBusinessDays(local.toLocalDate(), n);
        if (n == 0 && !day.equals(local.toLocalDate())) {
            return day.atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day, local.toLocalTime(), zone).toInstant();
    }

    public Instant minusBusinessDays(Instant end, int n) {
        ZonedDateTime local = end.atZone(zone);
        LocalDate day = minusBusinessDays(local.toLocalDate(), n);
        return ZonedDateTime.of(day, local.toLocalTime(), zone).toInstant();
    }

    /** The first instant after {@code date} ends in this calendar's zone: where "due on that date" runs out. */
    public Instant endOf(LocalDate date) {
        YearTable t = table(date.getYear());
        return t != null ? Instant.ofEpochMilli(t.endMillis[date.getDayOfYear() - 1]) : date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public LocalTime localTime(Instant instant) {
        return instant.atZone(zone).toLocalTime();
    }

    private LocalDate nextOrSame(LocalDate date) {
        LocalDate d = date;
        int searched = 0;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
            guard(++searched);
        }
        return d;
    }

    private void guard(int searched) {
        if (searched > MAX_SEARCH_DAYS) {
            throw ValidationException.field("calendars." + name, "has no business day within ten years");
        }
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw ValidationException.field("businessDays", "must not be negative (got " + n + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar c && name.equals(c.name) && zone.equals(c.zone) && weekend.equals(c.weekend)
                && holidays.equals(c.holidays) && holidaySets.equals(c.holidaySets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, zone, weekend, holidays, holidaySets);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", " + zone + ", weekend=" + weekend + ", holidays=" + holidays.size()
                + (holidaySets.isEmpty() ? "" : ", " + holidaySets) + "]";
    }
}
