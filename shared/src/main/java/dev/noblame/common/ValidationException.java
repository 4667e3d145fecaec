package dev.noblame.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that does not make a valid value; {@link #fields()} names each bad field with what is wrong. */
public final class ValidationException extends DomainException {
    private final Map<String, String> fields;

    public ValidationException(Map<String, String> fields) {
        super(summary(fields));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static ValidationException field(String field, String problem) {
        return new ValidationException(Map.of(field, problem));
    }

    public Map<String, String> fields() {
        return fields;
    }

    private static String summary(Map<String, String> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a validation error names at least one field");
        }
        StringBuilder sb = new StringBuilder("invalid input: ");
        fields.forEach((k, v) -> sb.append(k).append(" ").append(v).append("; "));
        return sb.substring(0, sb.length() - 2);
    }
}
