package dev.noblame.incident;

import dev.noblame.common.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code INC-<n>}, n from 1. */
public record IncidentId(long number) implements Comparable<IncidentId> {
    private static final Pattern FORM = Pattern.compile("INC-(\\d{1,18})");

    public IncidentId {
        if (number < 1) {
            throw ValidationException.field("incident", "number must be positive (got " + number + ")");
        }
    }

    public static IncidentId of(long number) {
        return new IncidentId(number);
    }

    public static IncidentId parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw ValidationException.field("incident", "must look like INC-12 (got '" + text + "')");
        }
        return new IncidentId(Long.parseLong(m.group(1)));
    }

    @Override
    public int compareTo(IncidentId o) {
        return Long.compare(number, o.number);
    }

    @Override
    public String toString() {
        return "INC-" + number;
    }
}
