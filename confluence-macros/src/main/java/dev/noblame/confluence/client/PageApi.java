package dev.noblame.confluence.client;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.Optional;

/**
 * The page operations NoBlame needs, in the words of Confluence's REST APIs. Cloud and Data
 * Center implement them with their own paths and payloads; the facade above does not care which.
 */
public interface PageApi {
    /** A page as far as publishing cares: id, title and current version number. */
    record PageVersion(String id, String title, int version) {
    }

    /** A content property's current version, for the +1 on update. */
    record PropertyVersion(int version) {
    }

    Optional<PageVersion> findByTitle(String spaceKey, String title);

    /** Empty when the page no longer exists (deleted, or the stored id is stale). */
    Optional<PageVersion> get(String pageId);

    PageVersion create(String spaceKey, String parentId, String title, String storage);

    /** Sends {@code version} as the new version number; the host answers 409 when someone else got there first. */
    PageVersion update(String pageId, String spaceKey, String title, String storage, int version);

    void addLabels(String pageId, List<String> labels);

    Optional<PropertyVersion> getProperty(String pageId, String key);

    void createProperty(String pageId, String key, JsonElement value);

    void updateProperty(String pageId, String key, JsonElement value, int version);
}
