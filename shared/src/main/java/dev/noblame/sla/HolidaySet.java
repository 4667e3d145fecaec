package dev.noblame.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Named holiday sets computed by rule, so a calendar stays right in years nobody typed in.
 * In a policy file they appear by their wire name ({@code us-federal}) in a calendar's holidays.
 */
public enum HolidaySet {
    /**
     * US federal holidays (5 U.S.C. 6103) as observed: a Saturday holiday is observed on the
     * Friday before, a Sunday one on the Monday after. The SEC counts business days by these.
     */
    US_FEDERAL(HolidaySet::usFederal);

    private final IntFunction<Set<LocalDate>> rule;
    private final ConcurrentHashMap<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    HolidaySet(IntFunction<Set<LocalDate>> rule) {
        this.rule = rule;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static HolidaySet fromWire(String text) {
        for (HolidaySet s : values()) {
            if (s.wireName().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }

    public boolean contains(LocalDate date) {
        // An observed New Year's Day can fall on 31 December of the year before.
        return of(date.getYear()).contains(date) || of(date.getYear() + 1).contains(date);
    }

    /** The observed dates this rule gives for one year (one may fall in the year before). */
    public Set<LocalDate> of(int year) {
        return byYear.computeIfAbsent(year, rule::apply);
    }

    private static Set<LocalDate> usFederal(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));      // Birthday of Martin Luther King, Jr.
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));     // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))); // Memorial Day
        if (year >= 2021) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));   // Juneteenth, a federal holiday since 2021
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));    // Labor Day
        days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));      // Columbus Day
        days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11)));   // Veterans Day
        days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));   // Thanksgiving
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return Set.copyOf(days);
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static LocalDate observed(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }
}
