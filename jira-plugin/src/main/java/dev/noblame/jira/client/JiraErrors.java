package dev.noblame.jira.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** Jira's error body ({@code errorMessages} and {@code errors}) squeezed into one line. */
final class JiraErrors {
    private JiraErrors() {
    }

    static String summary(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonElement e = JsonParser.parseString(body);
            if (!e.isJsonObject()) {
                return clip(body);
            }
            JsonObject o = e.getAsJsonObject();
            List<String> parts = new ArrayList<>();
            if (o.has("errorMessages") && o.get("errorMessages").isJsonArray()) {
                o.getAsJsonArray("errorMessages").forEach(m -> parts.add(m.getAsString()));
            }
            if (o.has("errors") && o.get("errors").isJsonObject()) {
                o.getAsJsonObject("errors").entrySet().forEach(en -> parts.add(en.getKey() + ": " + en.getValue().getAsString()));
            }
            return parts.isEmpty() ? clip(body) : clip(String.join("; ", parts));
        } catch (RuntimeException notJson) {
            return clip(body);
        }
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
