package dev.noblame.server.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON request body field by field, collecting every problem so one 400 names every
 * bad field. Call {@link #done()} after reading, before using the values.
 */
public final class Body {
    private final JsonObject json;
    private final String prefix;
    private final Map<String, String> problems;

    private Body(JsonObject json, String prefix, Map<String, String> problems) {
        this.json = json;
        this.prefix = prefix;
        this.problems = problems;
    }

    public static Body parse(String text) {
        if (text == null || text.isBlank()) {
            return new Body(new JsonObject(), "", new LinkedHashMap<>());
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw ValidationException.field("body", "must be a JSON object");
            }
            return new Body(root.getAsJsonObject(), "", new LinkedHashMap<>());
        } catch (JsonSyntaxException e) {
            throw ValidationException.field("body", "is not valid JSON: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public boolean has(String field) {
        return json.has(field) && !json.get(field).isJsonNull();
    }

    public String text(String field) {
        if (!has(field)) {
            return null;
        }
        JsonElement e = json.get(field);
        if (!e.isJsonPrimitive()) {
            problem(field, "must be a string");
            return null;
        }
        return e.getAsString();
    }

    public String requiredText(String field) {
        String v = text(field);
        if (v == null || v.isBlank()) {
            problems.putIfAbsent(prefix + field, "is required");
        }
        return v;
    }

    public Instant instant(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v.strip());
        } catch (DateTimeParseException e) {
            problem(field, "must be an ISO-8601 instant such as 2026-03-01T09:30:00Z (got '" + v + "')");
            return null;
        }
    }

    public LocalDate date(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            problem(field, "must be a date such as 2026-03-01 (got '" + v + "')");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(Class<E> type, String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return Wire.parse(type, v, prefix + field);
        } catch (ValidationException e) {
            problems.putAll(e.fields());
            return null;
        }
    }

    public Boolean bool(String field) {
        if (!has(field)) {
            return null;
        }
        JsonElement e = json.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            problem(field, "must be true or false");
            return null;
        }
        return e.getAsBoolean();
    }

    public List<String> strings(String field) {
        if (!has(field)) {
            return null;
        }
        JsonElement e = json.get(field);
        List<String> out = new ArrayList<>();
        if (!e.isJsonArray()) {
            problem(field, "must be a list of strings");
            return null;
        }
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonPrimitive()) {
                problem(field, "must be a list of strings");
                return null;
            }
            out.add(item.getAsString());
        }
        return out;
    }

    /** A nested object, read with the same problem list; field names come out as {@code outer.inner}. */
    public Body object(String field) {
        if (!has(field)) {
            return null;
        }
        JsonElement e = json.get(field);
        if (!e.isJsonObject()) {
            problem(field, "must be an object");
            return null;
        }
        return new Body(e.getAsJsonObject(), prefix + field + ".", problems);
    }

    /** Nested objects of a list, named {@code field[0].inner}. */
    public List<Body> objects(String field) {
        if (!has(field)) {
            return null;
        }
        JsonElement e = json.get(field);
        if (!e.isJsonArray()) {
            problem(field, "must be a list of objects");
            return null;
        }
        List<Body> out = new ArrayList<>();
        int i = 0;
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonObject()) {
                problem(field + "[" + i + "]", "must be an object");
            } else {
                out.add(new Body(item.getAsJsonObject(), prefix + field + "[" + i + "].", problems));
            }
            i++;
        }
        return out;
    }

    public java.util.Set<String> fieldNames() {
        return json.keySet();
    }

    /**
     * Names every field outside {@code allowed} as a problem: an edit that sends a field the
     * route cannot change (a PATCH of "title") must not answer 200 as if it had changed it.
     */
    public Body onlyFields(String... allowed) {
        java.util.Set<String> known = java.util.Set.of(allowed);
        String list = String.join(", ", new java.util.TreeSet<>(known));
        for (String field : json.keySet()) {
            if (!known.contains(field)) {
                problem(field, "cannot be set here (allowed: " + list + ")");
            }
        }
        return this;
    }

    public void problem(String field, String problem) {
        problems.putIfAbsent(prefix + field, problem);
    }

    public String path(String field) {
        return prefix + field;
    }

    public void done() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
