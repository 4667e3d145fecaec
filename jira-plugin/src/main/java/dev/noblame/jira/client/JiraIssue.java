package dev.noblame.jira.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An issue as Jira returned it: key, id and the raw fields, with typed readers for the ones we use. */
public record JiraIssue(String id, String key, JsonObject fields) {
    // Jira writes offsets without a colon (2026-01-02T10:00:00.000+0000)
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    public static JiraIssue from(JsonObject o) {
        JsonObject fields = o.has("fields") && o.get("fields").isJsonObject() ? o.getAsJsonObject("fields") : new JsonObject();
        return new JiraIssue(string(o, "id"), string(o, "key"), fields);
    }

    public Optional<String> text(String field) {
        return Optional.ofNullable(string(fields, field));
    }

    public List<String> labels() {
        List<String> out = new ArrayList<>();
        if (fields.has("labels") && fields.get("labels").isJsonArray()) {
            fields.getAsJsonArray("labels").forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    public Optional<String> statusName() {
        return object("status").map(s -> string(s, "name"));
    }

    /** The status category key: new, indeterminate or done. */
    public Optional<String> statusCategory() {
        return object("status").flatMap(s -> s.has("statusCategory") && s.get("statusCategory").isJsonObject()
                ? Optional.ofNullable(string(s.getAsJsonObject("statusCategory"), "key")) : Optional.empty());
    }

    public Optional<String> resolutionName() {
        return object("resolution").map(r -> string(r, "name"));
    }

    public Optional<LocalDate> date(String field) {
        return text(field).flatMap(s -> {
            try {
                return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code fields.updated}: the version stamp used to ignore stale webhook deliveries. */
    public Optional<Instant> updated() {
        return text("updated").flatMap(JiraIssue::parseTime);
    }

    /** Keys of issues linked with the named link type, either direction. */
    public List<String> linkedKeys(String linkTypeName) {
        List<String> out = new ArrayList<>();
        if (!fields.has("issuelinks") || !fields.get("issuelinks").isJsonArray()) {
            return out;
        }
        for (JsonElement e : fields.getAsJsonArray("issuelinks")) {
            JsonObject link = e.getAsJsonObject();
            JsonObject type = link.has("type") ? link.getAsJsonObject("type") : new JsonObject();
            if (!linkTypeName.equals(string(type, "name"))) {
                continue;
            }
            for (String side : List.of("inwardIssue", "outwardIssue")) {
                if (link.has(side) && link.get(side).isJsonObject()) {
                    out.add(string(link.getAsJsonObject(side), "key"));
                }
            }
        }
        return out;
    }

    public static Optional<Instant> parseTime(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s, JIRA_TIME).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(s).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private Optional<JsonObject> object(String field) {
        return fields.has(field) && fields.get(field).isJsonObject() ? Optional.of(fields.getAsJsonObject(field)) : Optional.empty();
    }

    static String string(JsonObject o, String name) {
        if (o == null || !o.has(name) || o.get(name).isJsonNull()) {
            return null;
        }
        JsonElement e = o.get(name);
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }
}
