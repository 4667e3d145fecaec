package dev.noblame.jira.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.noblame.jira.JiraDeployment;
import dev.noblame.jira.text.Adf;
import dev.noblame.jira.text.Doc;
import dev.noblame.jira.text.WikiMarkup;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facade in domain words over {@link JiraHttp}. It hides what differs between Cloud and
 * Data Center: rich text (ADF or wiki markup), user references (account id or user name),
 * issue type creation and search paging.
 */
public final class JiraClient {
    public static final int PAGE_SIZE = 100;

    public record IssueType(String id, String name) {
    }

    public record Field(String id, String name, String type) {
    }

    public record LinkType(String id, String name, String inward, String outward) {
    }

    /** {@code teamManaged}: Cloud "next-gen" projects, whose schemes the REST API cannot change. */
    public record Project(String id, String key, boolean teamManaged, List<String> issueTypeNames) {
    }

    private final JiraHttp http;

    public JiraClient(JiraHttp http) {
        this.http = http;
    }

    public JiraHttp http() {
        return http;
    }

    public boolean cloud() {
        return http.deployment() == JiraDeployment.CLOUD;
    }

    // ---- configuration ----------------------------------------------------------------------

    public Project project(String key) {
        JsonObject p = http.get("/project/" + enc(key)).getAsJsonObject();
        boolean teamManaged = "next-gen".equals(JiraIssue.string(p, "style"))
                || (p.has("simplified") && p.get("simplified").getAsBoolean());
        List<String> types = new ArrayList<>();
        if (p.has("issueTypes") && p.get("issueTypes").isJsonArray()) {
            p.getAsJsonArray("issueTypes").forEach(t -> types.add(JiraIssue.string(t.getAsJsonObject(), "name")));
        }
        return new Project(JiraIssue.string(p, "id"), JiraIssue.string(p, "key"), teamManaged, types);
    }

    public List<IssueType> issueTypes() {
        List<IssueType> out = new ArrayList<>();
        for (JsonElement e : http.get("/issuetype").getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            out.add(new IssueType(JiraIssue.string(o, "id"), JiraIssue.string(o, "name")));
        }
        return out;
    }

    public IssueType createIssueType(String name, String description) {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        body.addProperty("description", description);
        if (cloud()) {
            body.addProperty("hierarchyLevel", 0);
        } else {
            body.addProperty("type", "standard");
        }
        JsonObject o = http.post("/issuetype", body, false).getAsJsonObject();
        return new IssueType(JiraIssue.string(o, "id"), JiraIssue.string(o, "name"));
    }

    public List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (JsonElement e : http.get("/field").getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            String type = o.has("schema") && o.get("schema").isJsonObject() ? JiraIssue.string(o.getAsJsonObject("schema"), "custom") : null;
            out.add(new Field(JiraIssue.string(o, "id"), JiraIssue.string(o, "name"), type));
        }
        return out;
    }

    public Field createField(String name, String description, String type, String searcherKey) {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        body.addProperty("description", description);
        body.addProperty("type", type);
        body.addProperty("searcherKey", searcherKey);
        JsonObject o = http.post("/field", body, false).getAsJsonObject();
        return new Field(JiraIssue.string(o, "id"), JiraIssue.string(o, "name"), type);
    }

    /** Names of the field's contexts (Cloud only: Data Center has no REST for contexts). */
    public List<String> fieldContextNames(String fieldId) {
        List<String> out = new ArrayList<>();
        JsonObject page = http.get("/field/" + enc(fieldId) + "/context?maxResults=100").getAsJsonObject();
        for (JsonElement e : page.getAsJsonArray("values")) {
            out.add(JiraIssue.string(e.getAsJsonObject(), "name"));
        }
        return out;
    }

    public void createFieldContext(String fieldId, String name, List<String> projectIds, List<String> issueTypeIds) {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        body.addProperty("description", "Added by NoBlame provisioning");
        body.add("projectIds", strings(projectIds));
        body.add("issueTypeIds", strings(issueTypeIds));
        http.post("/field/" + enc(fieldId) + "/context", body, false);
    }

    public List<LinkType> linkTypes() {
        List<LinkType> out = new ArrayList<>();
        for (JsonElement e : http.get("/issueLinkType").getAsJsonObject().getAsJsonArray("issueLinkTypes")) {
            JsonObject o = e.getAsJsonObject();
            out.add(new LinkType(JiraIssue.string(o, "id"), JiraIssue.string(o, "name"),
                    JiraIssue.string(o, "inward"), JiraIssue.string(o, "outward")));
        }
        return out;
    }

    public void createLinkType(String name, String inward, String outward) {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        body.addProperty("inward", inward);
        body.addProperty("outward", outward);
        http.post("/issueLinkType", body, false);
    }

    // ---- issues -----------------------------------------------------------------------------

    public JiraIssue createIssue(JsonObject fields) {
        JsonObject body = new JsonObject();
        body.add("fields", fields);
        JsonObject o = http.post("/issue", body, false).getAsJsonObject();
        return new JiraIssue(JiraIssue.string(o, "id"), JiraIssue.string(o, "key"), fields);
    }

    public void updateIssue(String key, JsonObject fields) {
        JsonObject body = new JsonObject();
        body.add("fields", fields);
        http.put("/issue/" + enc(key), body);
    }

    public JiraIssue issue(String key, List<String> fields) {
        return JiraIssue.from(http.get("/issue/" + enc(key) + "?fields=" + enc(String.join(",", fields))).getAsJsonObject());
    }

    public void addLabel(String key, String label) {
        JsonObject add = new JsonObject();
        add.addProperty("add", label);
        JsonArray ops = new JsonArray();
        ops.add(add);
        JsonObject update = new JsonObject();
        update.add("labels", ops);
        JsonObject body = new JsonObject();
        body.add("update", update);
        http.put("/issue/" + enc(key), body);
    }

    public void comment(String key, Doc text) {
        JsonObject body = new JsonObject();
        body.add("body", richText(text));
        http.post("/issue/" + enc(key) + "/comment", body, false);
    }

    /** Cloud takes an account id, Data Center a user name. */
    public void addWatcher(String key, String user) {
        http.post("/issue/" + enc(key) + "/watchers", new JsonPrimitive(user), true);
    }

    public void assign(String key, String user) {
        JsonObject body = new JsonObject();
        body.addProperty(cloud() ? "accountId" : "name", user);
        http.put("/issue/" + enc(key) + "/assignee", body);
    }

    /** Links {@code from} (outward: "has action") to {@code to} (inward: "is action for"). */
    public void link(String linkType, String fromKey, String toKey) {
        JsonObject body = new JsonObject();
        JsonObject type = new JsonObject();
        type.addProperty("name", linkType);
        body.add("type", type);
        body.add("outwardIssue", keyRef(fromKey));
        body.add("inwardIssue", keyRef(toKey));
        http.post("/issueLink", body, false);
    }

    /** An upsert: Jira replaces the link that has the same globalId, so this is safe to repeat. */
    public void upsertRemoteLink(String key, String globalId, URI url, String title, String relationship) {
        JsonObject object = new JsonObject();
        object.addProperty("url", url.toString());
        object.addProperty("title", title);
        JsonObject body = new JsonObject();
        body.addProperty("globalId", globalId);
        body.addProperty("relationship", relationship);
        body.add("object", object);
        http.post("/issue/" + enc(key) + "/remotelink", body, true);
    }

    /** Rich text in the deployment's format: ADF on Cloud, a wiki markup string on Data Center. */
    public JsonElement richText(Doc doc) {
        return cloud() ? Adf.render(doc) : new JsonPrimitive(WikiMarkup.render(doc));
    }

    // ---- search -----------------------------------------------------------------------------

    /** Every issue the JQL finds, page by page; the consumer sees each issue once. */
    public void search(String jql, List<String> fields, Consumer<JiraIssue> each) {
        new JqlPages(http, PAGE_SIZE).forEach(jql, fields, each);
    }

    public Optional<JiraIssue> first(String jql, List<String> fields) {
        List<JiraIssue> found = new JqlPages(http, 2).firstPage(jql, fields);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static JsonObject keyRef(String key) {
        JsonObject o = new JsonObject();
        o.addProperty("key", key);
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
