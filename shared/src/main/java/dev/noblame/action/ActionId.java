package dev.noblame.action;

import dev.noblame.common.ValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ACT-<n>}. */
public record ActionId(long number) implements Comparable<ActionId> {
    private static final Pattern FORM = Pattern.compile("ACT-(\\d{1,18})");

    public ActionId {
        if (number < 1) {
            throw ValidationException.field("action", "number must be positive (got " + number + ")");
        }
    }

    public static ActionId of(long number) {
        return new ActionId(number);
    }

    public static ActionId parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw ValidationException.field("action", "must look like ACT-3 (got '" + text + "')");
        }
        return new ActionId(Long.parseLong(m.group(1)));
    }

    @Override
    public int compareTo(ActionId o) {
        return Long.compare(number, o.number);
    }

    @Override
    public String toString() {
        return "ACT-" + number;
    }
}
