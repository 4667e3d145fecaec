package dev.noblame.sla;

import dev.noblame.common.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a clock runs: {@code 72 hours}, {@code 3 days}, {@code 5 business days}, {@code 4 weeks},
 * {@code 1 month}. Hours are exact durations; days, weeks and months are calendar steps in the
 * calendar's time zone (a day across a DST change is 23 or 25 hours); business days follow the
 * calendar's working days and holidays.
 */
public record SlaWindow(int amount, Unit unit) {
    public enum Unit {
        HOURS("hour"), DAYS("day"), BUSINESS_DAYS("business day"), WEEKS("week"), MONTHS("month");

        private final String word;

        Unit(String word) {
            this.word = word;
        }
    }

    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,6})\\s*(h|hours?|d|days?|bd|business\\s+days?|w|weeks?|mo|months?)", Pattern.CASE_INSENSITIVE);

    public SlaWindow {
        if (unit == null) {
            throw ValidationException.field("unit", "is required");
        }
        if (amount < 0) {
            throw ValidationException.field("amount", "must not be negative (got " + amount + ")");
        }
    }

    public static SlaWindow hours(int n) {
        return new SlaWindow(n, Unit.HOURS);
    }

    public static SlaWindow days(int n) {
        return new SlaWindow(n, Unit.DAYS);
    }

    public static SlaWindow businessDays(int n) {
        return new SlaWindow(n, Unit.BUSINESS_DAYS);
    }

    public static SlaWindow weeks(int n) {
        return new SlaWindow(n, Unit.WEEKS);
    }

    public static SlaWindow months(int n) {
        return new SlaWindow(n, Unit.MONTHS);
    }

    /** Reads the forms above ({@code 72h}, {@code 5bd}, {@code 4w} work too); the message names {@code field}. */
    public static SlaWindow parse(String text, String field) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw ValidationException.field(field, "must be a duration like '72 hours', '3 days', '5 business days', "
                    + "'4 weeks' or '1 month' (got '" + text + "')");
        }
        int n = Integer.parseInt(m.group(1));
        String u = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (u.startsWith("b")) {
            return businessDays(n);
        }
        if (u.startsWith("mo")) {
            return months(n);
        }
        return switch (u.charAt(0)) {
            case 'h' -> hours(n);
            case 'd' -> days(n);
            default -> weeks(n);
        };
    }

    /** When a clock started at {@code start} runs out. */
    public Instant after(Instant start, BusinessCalendar calendar) {
        return switch (unit) {
            case HOURS -> start.plus(Duration.ofHours(amount));
            case DAYS -> calendar.isFixedOffset() ? start.plusSeconds(86_400L * amount) : start.atZone(calendar.zone()).plusDays(amount).toInstant();
            case WEEKS -> calendar.isFixedOffset() ? start.plusSeconds(604_800L * amount) : start.atZone(calendar.zone()).plusWeeks(amount).toInstant();
            case MONTHS -> start.atZone(calendar.zone()).plusMonths(amount).toInstant();
            case BUSINESS_DAYS -> calendar.plusBusinessDays(start, amount);
        };
    }

    /** The instant this window lies before {@code end}: where a reminder "2 days before due" falls. */
    public Instant before(Instant end, BusinessCalendar calendar) {
        return switch (unit) {
            case HOURS -> end.minus(Duration.ofHours(amount));
            case DAYS -> calendar.isFixedOffset() ? end.minusSeconds(86_400L * amount) : end.atZone(calendar.zone()).minusDays(amount).toInstant();
            case WEEKS -> calendar.isFixedOffset() ? end.minusSeconds(604_800L * amount) : end.atZone(calendar.zone()).minusWeeks(amount).toInstant();
            case MONTHS -> end.atZone(calendar.zone()).minusMonths(amount).toInstant();
            case BUSINESS_DAYS -> calendar.minusBusinessDays(end, amount);
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit.word + (amount == 1 ? "" : "s");
    }
}
