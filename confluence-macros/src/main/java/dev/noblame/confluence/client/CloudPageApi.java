package dev.noblame.confluence.client;

import static dev.noblame.confluence.client.V1Content.enc;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Confluence Cloud: pages through the v2 API, labels and content properties through v1. */
public final class CloudPageApi implements PageApi {
    static final String V2 = "/wiki/api/v2";
    static final String V1 = "/wiki/rest/api";

    private final ConfluenceHttp http;
    private final V1Content v1;
    private final Map<String, String> spaceIds = new ConcurrentHashMap<>();

    public CloudPageApi(ConfluenceHttp http) {
        this.http = http;
        this.v1 = new V1Content(http, V1);
    }

    /** v2 addresses spaces by numeric id; the key is what people configure. */
    String spaceId(String spaceKey) {
        return spaceIds.computeIfAbsent(spaceKey, key -> {
            JsonElement space = Json.firstResult(http.get(V2 + "/spaces?keys=" + enc(key)));
            String id = Json.stringAt(space, "id");
            if (id == null) {
                throw new ConfluenceException(http.host(), "GET " + V2 + "/spaces?keys=" + key, 404, "no space with key " + key, null, null);
            }
            return id;
        });
    }

    @Override
    public Optional<PageVersion> findByTitle(String spaceKey, String title) {
        JsonElement page = Json.firstResult(http.get(V2 + "/pages?space-id=" + enc(spaceId(spaceKey)) + "&title=" + enc(title)
                + "&status=current"));
        return Optional.ofNullable(page).map(CloudPageApi::version);
    }

    @Override
    public Optional<PageVersion> get(String pageId) {
        return http.find(V2 + "/pages/" + enc(pageId)).map(CloudPageApi::version);
    }

    @Override
    public PageVersion create(String spaceKey, String parentId, String title, String storage) {
        JsonObject body = new JsonObject();
        body.addProperty("spaceId", spaceId(spaceKey));
        body.addProperty("status", "current");
        body.addProperty("title", title);
        if (parentId != null) {
            body.addProperty("parentId", parentId);
        }
        body.add("body", Json.storageBody(storage));
        return version(http.post(V2 + "/pages", body));
    }

    @Override
    public PageVersion update(String pageId, String spaceKey, String title, String storage, int version) {
        JsonObject body = new JsonObject();
        body.addProperty("id", pageId);
        body.addProperty("status", "current");
        body.addProperty("title", title);
        body.add("body", Json.storageBody(storage));
        body.add("version", Json.version(version, "Published by NoBlame"));
        return version(http.put(V2 + "/pages/" + enc(pageId), body));
    }

    @Override
    public void addLabels(String pageId, List<String> labels) {
        v1.addLabels(pageId, labels);
    }

    @Override
    public Optional<PropertyVersion> getProperty(String pageId, String key) {
        return v1.getProperty(pageId, key);
    }

    @Override
    public void createProperty(String pageId, String key, JsonElement value) {
        v1.createProperty(pageId, key, value);
    }

    @Override
    public void updateProperty(String pageId, String key, JsonElement value, int version) {
        v1.updateProperty(pageId, key, value, version);
    }

    private static PageVersion version(JsonElement page) {
        return new PageVersion(Json.stringAt(page, "id"), Json.stringAt(page, "title"), Json.intAt(page, "version", "number"));
    }
}
