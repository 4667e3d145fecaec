package dev.noblame.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One JSON object being read, with the path it was found at, so every error names the field
 * ({@code actions[2].dueDate}) the way a person would look for it in the file.
 */
final class JsonFields {
    private final JsonObject object;
    private final String path;

    private JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    static JsonFields of(JsonElement element, String path) {
        if (element == null || !element.isJsonObject()) {
            // The top level has no path of its own; "document" names it in the one-line error.
            throw ValidationException.field(path.isEmpty() ? "document" : path, "must be a JSON object");
        }
        return new JsonFields(element.getAsJsonObject(), path);
    }

    /** Unknown keys are refused: a misspelt field would otherwise vanish silently. */
    JsonFields onlyKeys(Set<String> known) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw ValidationException.field(at(key), "is not a known field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
        return this;
    }

    String path() {
        return path;
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        JsonElement e = object.get(key);
        return e != null && !e.isJsonNull();
    }

    String string(String key) {
        JsonElement e = object.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw ValidationException.field(at(key), "must be a string");
        }
        return e.getAsString();
    }

    String requiredString(String key) {
        String s = string(key);
        if (s == null || s.isBlank()) {
            throw ValidationException.field(at(key), "is required");
        }
        return s;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String key, E fallback) {
        String s = string(key);
        return s == null ? fallback : Wire.parse(type, s, at(key));
    }

    Instant instant(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.field(at(key), "must be an ISO-8601 instant like 2026-03-01T14:05:00Z (got '" + s + "')");
        }
    }

    Instant requiredInstant(String key) {
        Instant i = instant(key);
        if (i == null) {
            throw ValidationException.field(at(key), "is required");
        }
        return i;
    }

    LocalDate date(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.field(at(key), "must be a date like 2026-03-31 (got '" + s + "')");
        }
    }

    boolean bool(String key) {
        JsonElement e = object.get(key);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw ValidationException.field(at(key), "must be true or false");
        }
        return e.getAsBoolean();
    }

    JsonFields object(String key) {
        return of(object.get(key), at(key));
    }

    /** The elements of an array field (empty when absent), each with its indexed path. */
    List<Item> array(String key) {
        JsonElement e = object.get(key);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw ValidationException.field(at(key), "must be a JSON array");
        }
        JsonArray a = e.getAsJsonArray();
        List<Item> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(new Item(a.get(i), at(key) + "[" + i + "]"));
        }
        return out;
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Item item : array(key)) {
            JsonElement e = item.element();
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw ValidationException.field(item.path(), "must be a string");
            }
            out.add(e.getAsString());
        }
        return out;
    }

    JsonObject raw() {
        return object;
    }

    record Item(JsonElement element, String path) {
        JsonFields fields() {
            return JsonFields.of(element, path);
        }
    }
}
