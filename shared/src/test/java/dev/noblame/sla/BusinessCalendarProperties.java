package dev.noblame.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BusinessCalendarProperties {
    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo");

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zone = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<Set<DayOfWeek>> weekend = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(4);
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 800)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d)).set().ofMaxSize(120);
        Arbitrary<Boolean> usFederal = Arbitraries.of(true, false);
        return Combinators.combine(zone, weekend, holidays, usFederal).as((z, w, h, us) ->
                BusinessCalendar.of("generated", z, w, h, us ? EnumSet.of(HolidaySet.US_FEDERAL) : Set.of()));
    }

    // 2026-01-01 .. 2027-12-31 as epoch seconds
    private static Instant instant(long seconds) {
        return Instant.ofEpochSecond(seconds);
    }

    @Property
    void a_due_date_in_business_day_mode_never_lands_on_a_weekend_or_holiday(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll @LongRange(min = 1767225600L, max = 1830297599L) long start,
            @ForAll @IntRange(min = 0, max = 40) int days) {
        Instant due = SlaWindow.businessDays(days).after(instant(start), calendar);

        LocalDate local = calendar.localDate(due);
        assertThat(calendar.isBusinessDay(local)).as("%s in %s", local, calendar).isTrue();
        assertThat(calendar.weekend()).doesNotContain(local.getDayOfWeek());
        assertThat(calendar.holidays()).doesNotContain(local);
    }

    @Property
    void adding_more_business_days_never_gives_an_earlier_instant(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll @LongRange(min = 1767225600L, max = 1830297599L) long start,
            @ForAll @IntRange(min = 0, max = 40) int fewer,
            @ForAll @IntRange(min = 0, max = 40) int extra) {
        Instant a = calendar.plusBusinessDays(instant(start), fewer);
        Instant b = calendar.plusBusinessDays(instant(start), fewer + extra);

        assertThat(b).isAfterOrEqualTo(a);
        if (extra > 0) {
            assertThat(b).isAfter(a);
        }
    }

    @Property
    void a_business_day_result_is_never_before_the_start(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll @LongRange(min = 1767225600L, max = 1830297599L) long start,
            @ForAll @IntRange(min = 0, max = 40) int days) {
        assertThat(calendar.plusBusinessDays(instant(start), days)).isAfterOrEqualTo(instant(start));
    }

    @Property
    void going_back_the_same_number_of_business_days_lands_on_a_business_day_no_later_than_the_start(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll @LongRange(min = 1767225600L, max = 1830297599L) long end,
            @ForAll @IntRange(min = 1, max = 20) int days) {
        Instant back = calendar.minusBusinessDays(instant(end), days);

        assertThat(calendar.isBusinessDay(calendar.localDate(back))).isTrue();
        assertThat(back).isBefore(instant(end));
    }

    @Property
    void us_federal_holidays_are_eleven_observed_days_a_year_none_on_a_weekend(@ForAll @IntRange(min = 2021, max = 2060) int year) {
        Set<LocalDate> days = new HashSet<>(HolidaySet.US_FEDERAL.of(year));

        assertThat(days).hasSize(11);
        assertThat(days).allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }
}
