package dev.noblame.server.web;

import dev.noblame.common.Wire;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times, durations and enum values read on the pages. Times are UTC, said so once in the UI. */
public final class Format {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private Format() {
    }

    public static String time(Instant t) {
        return t == null ? "\u2014" : DATE_TIME.format(t) + " UTC";
    }

    public static String iso(Instant t) {
        return t == null ? "" : ISO.format(t);
    }

    public static String date(LocalDate d) {
        return d == null ? "\u2014" : d.toString();
    }

    /** "3 h 20 min", "2 d 4 h", "45 min", "under a minute". */
    public static String duration(Duration d) {
        if (d == null) {
            return "\u2014";
        }
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "under a minute";
        }
        long days = minutes / (60 * 24);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (mins > 0 ? " " + mins + " min" : "");
        }
        return mins + " min";
    }

    /** {@code NEAR_MISS} reads "near-miss", {@code IN_REVIEW} reads "in review". */
    public static String words(Enum<?> value) {
        if (value == null) {
            return "\u2014";
        }
        String w = Wire.name(value);
        return "near_miss".equals(w) ? "near-miss" : w.replace('_', ' ');
    }

    /** A share as "87%", or a dash when there was nothing to divide by. */
    public static String percent(Double share) {
        return share == null ? "\u2014" : Math.round(share) + "%";
    }

    /** A ratio 0..1 as a percentage, or a dash. */
    public static String ratio(Double ratio) {
        return ratio == null ? "\u2014" : Math.round(ratio * 100) + "%";
    }

    public static String perMonth(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    public static String hours(double h) {
        return h < 10 ? String.format(java.util.Locale.ROOT, "%.1f h", h) : Math.round(h) + " h";
    }
}
