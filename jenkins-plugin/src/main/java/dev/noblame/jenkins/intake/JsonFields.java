package dev.noblame.jenkins.intake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.noblame.common.ValidationException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed reads from one JSON object. A wrong type, a bad value or a missing required field is
 * noted under its full path ({@code build.number}) and reading goes on, so one answer names
 * every problem. Strings are kept as text, never interpreted: whatever a field holds is stored
 * and later rendered escaped.
 */
final class JsonFields {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private final JsonObject object;
    private final String prefix;
    private final Map<String, String> problems;

    JsonFields(JsonObject object, String prefix) {
        this(object, prefix, new LinkedHashMap<>());
    }

    private JsonFields(JsonObject object, String prefix, Map<String, String> problems) {
        this.object = object;
        this.prefix = prefix;
        this.problems = problems;
    }

    String path(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    void problem(String name, String message) {
        problems.putIfAbsent(path(name), message);
    }

    boolean has(String name) {
        JsonElement e = object.get(name);
        return e != null && !e.isJsonNull();
    }

    /** A nested object, or an empty one (with a problem noted) when absent or not an object. */
    JsonFields object(String name, boolean required) {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problem(name, "is required");
            }
            return new JsonFields(new JsonObject(), path(name), problems);
        }
        if (!e.isJsonObject()) {
            problem(name, "must be an object");
            return new JsonFields(new JsonObject(), path(name), problems);
        }
        return new JsonFields(e.getAsJsonObject(), path(name), problems);
    }

    /** Text up to {@code max} characters; control characters other than tab and newline are removed. */
    String text(String name, int max, boolean required) {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problem(name, "must be a string");
            return null;
        }
        String s = CONTROL.matcher(e.getAsString()).replaceAll("").strip();
        if (s.isEmpty()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (s.length() > max) {
            problem(name, "is longer than " + max + " characters");
            return null;
        }
        return s;
    }

    /** Text that must match a pattern (names, ids): anything else, markup included, is refused with the rule. */
    String token(String name, Pattern pattern, String rule, boolean required) {
        String s = text(name, 200, required);
        if (s != null && !pattern.matcher(s).matches()) {
            problem(name, rule);
            return null;
        }
        return s;
    }

    Long whole(String name, long min, long max, boolean required) {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            problem(name, "must be a number");
            return null;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        try {
            long v = p.getAsBigDecimal().longValueExact();
            if (v < min || v > max) {
                problem(name, "must be between " + min + " and " + max);
                return null;
            }
            return v;
        } catch (ArithmeticException | NumberFormatException ex) {
            problem(name, "must be a whole number");
            return null;
        }
    }

    Boolean flag(String name) {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            problem(name, "must be true or false");
            return null;
        }
        return e.getAsBoolean();
    }

    /** An ISO-8601 instant ({@code 2025-03-01T10:00:00Z}) or epoch milliseconds. */
    Instant instant(String name, boolean required) {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            Long ms = whole(name, 0, 253_402_300_799_999L, required);
            return ms == null ? null : Instant.ofEpochMilli(ms);
        }
        String s = text(name, 40, required);
        if (s == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ex) {
            problem(name, "must be an ISO-8601 time with offset, like 2025-03-01T10:00:00Z");
            return null;
        }
    }

    /** Elements of an array, each as its own object reader; at most {@code max} are read. */
    List<JsonFields> objects(String name, int max) {
        List<JsonFields> out = new ArrayList<>();
        JsonArray array = array(name, max);
        if (array == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonObject()) {
                problem(name + "[" + i + "]", "must be an object");
            } else {
                out.add(new JsonFields(e.getAsJsonObject(), path(name) + "[" + i + "]", problems));
            }
        }
        return out;
    }

    /** Strings of an array; wrong element types are noted by index. */
    List<String> texts(String name, int maxItems, int maxLength) {
        List<String> out = new ArrayList<>();
        JsonArray array = array(name, maxItems);
        if (array == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                problem(name + "[" + i + "]", "must be a string");
            } else if (e.getAsString().length() > maxLength) {
                problem(name + "[" + i + "]", "is longer than " + maxLength + " characters");
            } else {
                out.add(CONTROL.matcher(e.getAsString()).replaceAll("").strip());
            }
        }
        return out;
    }

    int arraySize(String name) {
        JsonElement e = object.get(name);
        return e != null && e.isJsonArray() ? e.getAsJsonArray().size() : 0;
    }

    /** String-valued members of an object ({@code parameters}); non-string values are kept as their JSON text. */
    Map<String, String> stringMap(String name, int maxEntries) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (!e.isJsonObject()) {
            problem(name, "must be an object");
            return out;
        }
        if (e.getAsJsonObject().size() > maxEntries) {
            problem(name, "has more than " + maxEntries + " entries");
            return out;
        }
        for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
            JsonElement v = m.getValue();
            String value = v.isJsonNull() ? null : v.isJsonPrimitive() ? v.getAsString() : v.toString();
            if (value != null && value.length() <= 2000) {
                out.put(m.getKey(), CONTROL.matcher(value).replaceAll("").strip());
            }
        }
        return out;
    }

    private JsonArray array(String name, int max) {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonArray()) {
            problem(name, "must be an array");
            return null;
        }
        if (e.getAsJsonArray().size() > max) {
            problem(name, "has more than " + max + " items");
            return null;
        }
        return e.getAsJsonArray();
    }

    void orThrow() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
