package dev.noblame.confluence.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The v1 content calls shared by Cloud ({@code /wiki/rest/api}) and Data Center ({@code /rest/api}):
 * labels and content properties, which Cloud's v2 API does not replace for our needs.
 */
final class V1Content {
    private final ConfluenceHttp http;
    private final String prefix;

    V1Content(ConfluenceHttp http, String prefix) {
        this.http = http;
        this.prefix = prefix;
    }

    void addLabels(String pageId, List<String> labels) {
        JsonArray body = new JsonArray();
        for (String l : labels) {
            JsonObject o = new JsonObject();
            o.addProperty("prefix", "global");
            o.addProperty("name", l);
            body.add(o);
        }
        http.post(prefix + "/content/" + enc(pageId) + "/label", body);
    }

    Optional<PageApi.PropertyVersion> getProperty(String pageId, String key) {
        return http.find(prefix + "/content/" + enc(pageId) + "/property/" + enc(key))
                .map(e -> new PageApi.PropertyVersion(Json.intAt(e, "version", "number")));
    }

    void createProperty(String pageId, String key, JsonElement value) {
        JsonObject body = new JsonObject();
        body.addProperty("key", key);
        body.add("value", value);
        http.post(prefix + "/content/" + enc(pageId) + "/property", body);
    }

    void updateProperty(String pageId, String key, JsonElement value, int version) {
        JsonObject body = new JsonObject();
        body.addProperty("key", key);
        body.add("value", value);
        JsonObject v = new JsonObject();
        v.addProperty("number", version);
        v.addProperty("minorEdit", true);
        body.add("version", v);
        http.put(prefix + "/content/" + enc(pageId) + "/property/" + enc(key), body);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
