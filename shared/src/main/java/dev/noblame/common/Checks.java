package dev.noblame.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field problems so one error names every bad field, not just the first. */
public final class Checks {
    private final Map<String, String> problems = new LinkedHashMap<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks require(boolean ok, String field, String problem) {
        if (!ok) {
            problems.putIfAbsent(field, problem);
        }
        return this;
    }

    public Checks notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "is required");
    }

    public Checks notNull(Object value, String field) {
        return require(value != null, field, "is required");
    }

    public Checks maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "is longer than " + max + " characters");
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
