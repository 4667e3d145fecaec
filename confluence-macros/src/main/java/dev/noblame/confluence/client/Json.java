package dev.noblame.confluence.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading the few fields NoBlame needs from Confluence's answers, tolerating everything else. */
final class Json {
    private Json() {
    }

    static JsonElement at(JsonElement e, String... path) {
        JsonElement cur = e;
        for (String p : path) {
            if (cur == null || !cur.isJsonObject()) {
                return null;
            }
            cur = cur.getAsJsonObject().get(p);
        }
        return cur == null || cur.isJsonNull() ? null : cur;
    }

    static String stringAt(JsonElement e, String... path) {
        JsonElement v = at(e, path);
        return v == null || !v.isJsonPrimitive() ? null : v.getAsString();
    }

    static int intAt(JsonElement e, String... path) {
        JsonElement v = at(e, path);
        return v == null || !v.isJsonPrimitive() ? 0 : v.getAsInt();
    }

    static JsonElement firstResult(JsonElement e) {
        JsonElement results = at(e, "results");
        if (results == null || !results.isJsonArray()) {
            return null;
        }
        JsonArray a = results.getAsJsonArray();
        return a.isEmpty() ? null : a.get(0);
    }

    static JsonObject storageBody(String storage) {
        JsonObject s = new JsonObject();
        s.addProperty("value", storage);
        s.addProperty("representation", "storage");
        return s;
    }

    static JsonObject version(int number, String message) {
        JsonObject v = new JsonObject();
        v.addProperty("number", number);
        if (message != null) {
            v.addProperty("message", message);
        }
        return v;
    }
}
