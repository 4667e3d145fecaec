package dev.noblame.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private final BusinessCalendar berlin = BusinessCalendar.of("berlin", ZoneId.of("Europe/Berlin"),
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)), Set.of());

    @Test
    void friday_plus_one_business_day_is_monday_at_the_same_local_time() {
        Instant friday = Instant.parse("2026-03-13T09:00:00Z"); // 10:00 in Berlin

        assertThat(berlin.plusBusinessDays(friday, 1)).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
    }

    @Test
    void holidays_are_skipped_good_friday_and_easter_monday() {
        Instant thursday = Instant.parse("2026-04-02T08:00:00Z"); // 10:00 CEST

        assertThat(berlin.plusBusinessDays(thursday, 1)).isEqualTo(Instant.parse("2026-04-07T08:00:00Z"));
    }

    @Test
    void the_local_time_is_kept_across_a_daylight_saving_change() {
        Instant fridayBeforeDst = Instant.parse("2026-03-27T09:00:00Z"); // 10:00 CET; DST starts Sunday 29 March

        assertThat(berlin.plusBusinessDays(fridayBeforeDst, 1)).isEqualTo(Instant.parse("2026-03-30T08:00:00Z")); // 10:00 CEST
    }

    @Test
    void business_days_are_counted_in_the_calendars_zone_not_in_utc() {
        // Friday 23:30 UTC is already Saturday in Berlin, so one business day later is Monday 00:30 Berlin... the next Monday after Saturday.
        Instant lateFridayUtc = Instant.parse("2026-03-13T23:30:00Z");

        assertThat(berlin.localDate(berlin.plusBusinessDays(lateFridayUtc, 1))).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(BusinessCalendar.utc().localDate(BusinessCalendar.utc().plusBusinessDays(lateFridayUtc, 1)))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void us_federal_observes_a_saturday_holiday_on_the_friday_before() {
        // 4 July 2026 is a Saturday: observed Friday 3 July.
        assertThat(BusinessCalendar.usFederal().isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
        // 1 January 2028 is a Saturday: observed Friday 31 December 2027.
        assertThat(BusinessCalendar.usFederal().isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
    }

    @Test
    void a_week_with_no_working_day_is_refused() {
        assertThatThrownBy(() -> BusinessCalendar.of("never", ZoneId.of("UTC"), EnumSet.allOf(DayOfWeek.class), Set.of(), Set.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weekend");
    }
}
