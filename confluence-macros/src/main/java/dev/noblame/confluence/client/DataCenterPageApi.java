package dev.noblame.confluence.client;

import static dev.noblame.confluence.client.V1Content.enc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/** Confluence Data Center: everything through the v1 content API under {@code /rest/api}. */
public final class DataCenterPageApi implements PageApi {
    static final String V1 = "/rest/api";

    private final ConfluenceHttp http;
    private final V1Content v1;

    public DataCenterPageApi(ConfluenceHttp http) {
        this.http = http;
        this.v1 = new V1Content(http, V1);
    }

    @Override
    public Optional<PageVersion> findByTitle(String spaceKey, String title) {
        JsonElement page = Json.firstResult(http.get(V1 + "/content?type=page&spaceKey=" + enc(spaceKey) + "&title=" + enc(title)
                + "&expand=version"));
        return Optional.ofNullable(page).map(DataCenterPageApi::version);
    }

    @Override
    public Optional<PageVersion> get(String pageId) {
        return http.find(V1 + "/content/" + enc(pageId) + "?expand=version").map(DataCenterPageApi::version);
    }

    @Override
    public PageVersion create(String spaceKey, String parentId, String title, String storage) {
        JsonObject body = content(spaceKey, title, storage);
        if (parentId != null) {
            JsonArray ancestors = new JsonArray();
            JsonObject parent = new JsonObject();
            parent.addProperty("id", parentId);
            ancestors.add(parent);
            body.add("ancestors", ancestors);
        }
        return version(http.post(V1 + "/content", body));
    }

    @Override
    public PageVersion update(String pageId, String spaceKey, String title, String storage, int version) {
        JsonObject body = content(spaceKey, title, storage);
        body.addProperty("id", pageId);
        body.add("version", Json.version(version, "Published by NoBlame"));
        return version(http.put(V1 + "/content/" + enc(pageId), body));
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

    private static JsonObject content(String spaceKey, String title, String storage) {
        JsonObject body = new JsonObject();
        body.addProperty("type", "page");
        body.addProperty("title", title);
        JsonObject space = new JsonObject();
        space.addProperty("key", spaceKey);
        body.add("space", space);
        JsonObject b = new JsonObject();
        b.add("storage", Json.storageBody(storage));
        body.add("body", b);
        return body;
    }

    private static PageVersion version(JsonElement page) {
        return new PageVersion(Json.stringAt(page, "id"), Json.stringAt(page, "title"), Json.intAt(page, "version", "number"));
    }
}
