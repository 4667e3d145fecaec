package dev.noblame.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower_snake names enums carry on the wire, in YAML and in the database. */
public final class Wire {
    private Wire() {
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw ValidationException.field(field, "is required");
        }
        String wanted = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw ValidationException.field(field, "must be one of " + choices(type) + " (got '" + text + "')");
    }

    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::name).collect(Collectors.joining("|"));
    }
}
