package dev.noblame.incident;

import dev.noblame.common.ValidationException;
import java.util.Locale;

/** SEV1 is the worst. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4;

    public static Severity parse(String text, String field) {
        if (text != null) {
            String t = text.trim().toUpperCase(Locale.ROOT);
            for (Severity s : values()) {
                if (s.name().equals(t) || t.equals(String.valueOf(s.ordinal() + 1))) {
                    return s;
                }
            }
        }
        throw ValidationException.field(field, "must be one of SEV1|SEV2|SEV3|SEV4 (got '" + text + "')");
    }

    /** True for SEV1 and SEV2, the ones that usually stop a deploy and always need a postmortem. */
    public boolean isMajor() {
        return this == SEV1 || this == SEV2;
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
