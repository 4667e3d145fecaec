package dev.noblame.jira.fake;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful Jira behind WireMock: a response transformer that keeps projects, issue types,
 * fields, contexts, link types, issues, comments, watchers and remote links, and answers the
 * calls the client makes the way Jira does (Cloud or Data Center paths and paging). Tests
 * stub faults in front of it at a higher priority; WireMock's journal feeds the contract tests.
 */
public final class FakeJira implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "fake-jira";
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final Pattern JQL_LABEL = Pattern.compile("labels = \"([^\"]+)\"");

    private final String apiRoot;
    private final String projectKey;
    private boolean teamManaged;
    private final List<JsonObject> issueTypes = new ArrayList<>();
    private final List<JsonObject> fields = new ArrayList<>();
    private final Map<String, List<String>> contexts = new LinkedHashMap<>();
    private final List<JsonObject> linkTypes = new ArrayList<>();
    private final List<String> projectIssueTypes = new ArrayList<>(List.of("Task"));
    private final Map<String, JsonObject> issues = new LinkedHashMap<>();
    private final Map<String, Map<String, JsonObject>> remoteLinks = new LinkedHashMap<>();
    private final Map<String, List<JsonElement>> comments = new LinkedHashMap<>();
    private final Map<String, List<String>> watchers = new LinkedHashMap<>();
    private int sequence;
    private long clockMillis = Instant.parse("2026-01-05T09:00:00Z").toEpochMilli();
    private volatile long latencyMillis;
    private volatile int stormEvery;
    private volatile long stormTimeoutMillis;
    private final AtomicInteger stormCounter = new AtomicInteger();
    private final AtomicInteger faultsServed = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public FakeJira(boolean cloud, String projectKey) {
        this.apiRoot = cloud ? "/rest/api/3" : "/rest/api/2";
        this.projectKey = projectKey;
        issueTypes.add(obj("id", "10001", "name", "Task"));
        fields.add(field("summary", "Summary", null));
        linkTypes.add(linkType("10000", "Blocks", "is blocked by", "blocks"));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    // ---- set-up and inspection for tests ------------------------------------------------------

    public synchronized FakeJira teamManaged() {
        this.teamManaged = true;
        return this;
    }

    /** Everything provisioning would create, as if an earlier run had made it. */
    public synchronized FakeJira provisioned(List<String> typeNames, List<String> fieldNames, String linkName) {
        for (String t : typeNames) {
            issueTypes.add(obj("id", String.valueOf(10100 + issueTypes.size()), "name", t));
            projectIssueTypes.add(t);
        }
        for (String f : fieldNames) {
            String id = "customfield_" + (10200 + fields.size());
            fields.add(field(id, f, f.equals("SLA due") ? "com.atlassian.jira.plugin.system.customfieldtypes:datepicker"
                    : "com.atlassian.jira.plugin.system.customfieldtypes:textfield"));
            contexts.put(id, new ArrayList<>(List.of("NoBlame " + projectKey)));
        }
        linkTypes.add(linkType("10300", linkName, "is action for", "has action"));
        return this;
    }

    public synchronized void addToProject(String typeName) {
        projectIssueTypes.add(typeName);
    }

    public void latency(long millis) {
        this.latencyMillis = millis;
    }

    /**
     * Every {@code every}-th request fails, in turn: 429 (Retry-After 0), 500, 503, or a
     * timeout after Jira did the work (the answer comes later than {@code timeoutMillis}), the
     * case that tempts a client into duplicate creates.
     */
    public void storm(int every, long timeoutMillis) {
        this.stormEvery = every;
        this.stormTimeoutMillis = timeoutMillis;
    }

    public int faultsServed() {
        return faultsServed.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public synchronized String fieldId(String name) {
        return fields.stream().filter(f -> f.get("name").getAsString().equals(name)).map(f -> f.get("id").getAsString())
                .findFirst().orElseThrow(() -> new AssertionError("no field " + name));
    }

    public synchronized List<JsonObject> issues() {
        return issues.values().stream().map(JsonObject::deepCopy).toList();
    }

    public synchronized JsonObject issue(String key) {
        return issues.get(key).deepCopy();
    }

    public synchronized Map<String, JsonObject> remoteLinks(String key) {
        return new LinkedHashMap<>(remoteLinks.getOrDefault(key, Map.of()));
    }

    public synchronized List<JsonElement> comments(String key) {
        return new ArrayList<>(comments.getOrDefault(key, List.of()));
    }

    public synchronized List<String> watchers(String key) {
        return new ArrayList<>(watchers.getOrDefault(key, List.of()));
    }

    /** What a person does in Jira: move the issue to a status (and resolution), bumping its version. */
    public synchronized JsonObject transition(String key, String status, String category, String resolution) {
        JsonObject f = issues.get(key).getAsJsonObject("fields");
        f.add("status", obj("name", status));
        f.getAsJsonObject("status").add("statusCategory", obj("key", category));
        f.add("resolution", resolution == null ? com.google.gson.JsonNull.INSTANCE : obj("name", resolution));
        touch(f);
        return issues.get(key).deepCopy();
    }

    public synchronized JsonObject setField(String key, String field, String value) {
        JsonObject f = issues.get(key).getAsJsonObject("fields");
        f.addProperty(field, value);
        touch(f);
        return issues.get(key).deepCopy();
    }

    /** Loads issues straight into the store (for the benchmark), each with the given fields. */
    public synchronized String load(JsonObject fieldsOfIssue) {
        return create(fieldsOfIssue.deepCopy()).get("key").getAsString();
    }

    // ---- the HTTP side ------------------------------------------------------------------------

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            int every = stormEvery;
            int n = stormCounter.incrementAndGet();
            if (every > 0 && n % every == 0) {
                faultsServed.incrementAndGet();
                switch ((n / every) % 4) {
                    case 0:
                        return new ResponseDefinitionBuilder().withStatus(429).withHeader("Retry-After", "0").build();
                    case 1:
                        return respond(500, errors("internal error"));
                    case 2:
                        return respond(503, errors("service unavailable"));
                    default:
                        ResponseDefinition done = route(serveEvent.getRequest());
                        Thread.sleep(stormTimeoutMillis * 2);
                        return done;
                }
            }
            return route(serveEvent.getRequest());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return respond(500, obj("errorMessages", "interrupted"));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private synchronized ResponseDefinition route(Request request) {
        String url = request.getUrl();
        if (!url.startsWith(apiRoot)) {
            return respond(404, errors("no such API root"));
        }
        String path = url.substring(apiRoot.length()).replaceAll("\\?.*", "");
        String method = request.getMethod().getName();
        JsonElement body = request.getBodyAsString().isBlank() ? null : JsonParser.parseString(request.getBodyAsString());
        String[] p = path.substring(1).split("/");
        switch (method + " " + p[0]) {
            case "GET project":
                return p[1].equals(projectKey) ? respond(200, project()) : respond(404, errors("No project could be found with key '" + p[1] + "'."));
            case "GET issuetype":
                return respond(200, array(issueTypes));
            case "POST issuetype":
                return createIssueType(body.getAsJsonObject());
            case "GET field":
                return p.length == 1 ? respond(200, array(fields)) : contextsOf(p[1]);
            case "POST field":
                return p.length == 1 ? createField(body.getAsJsonObject()) : createContext(p[1], body.getAsJsonObject());
            case "GET issueLinkType":
                JsonObject types = new JsonObject();
                types.add("issueLinkTypes", array(linkTypes));
                return respond(200, types);
            case "POST issueLinkType":
                JsonObject lt = body.getAsJsonObject();
                linkTypes.add(linkType(String.valueOf(10400 + linkTypes.size()), lt.get("name").getAsString(),
                        lt.get("inward").getAsString(), lt.get("outward").getAsString()));
                return respond(201, linkTypes.get(linkTypes.size() - 1));
            case "POST issue":
                return p.length == 1 ? respond(201, create(body.getAsJsonObject().getAsJsonObject("fields"))) : issueSub(p, body);
            case "PUT issue":
                return p.length == 2 ? update(p[1], body.getAsJsonObject()) : issueSub(p, body);
            case "GET issue":
                return issues.containsKey(p[1]) ? respond(200, issues.get(p[1])) : respond(404, errors("Issue does not exist or you do not have permission to see it."));
            case "POST issueLink":
                return link(body.getAsJsonObject());
            case "POST search":
                return search(body.getAsJsonObject(), p.length > 1);
            default:
                return respond(404, errors("fake Jira has no " + method + " " + path));
        }
    }

    private ResponseDefinition issueSub(String[] p, JsonElement body) {
        String key = p[1];
        if (!issues.containsKey(key)) {
            return respond(404, errors("Issue does not exist or you do not have permission to see it."));
        }
        switch (p[2]) {
            case "comment":
                comments.computeIfAbsent(key, k -> new ArrayList<>()).add(body.getAsJsonObject().get("body"));
                return respond(201, obj("id", String.valueOf(++sequence)));
            case "watchers":
                watchers.computeIfAbsent(key, k -> new ArrayList<>()).add(body.getAsString());
                return respond(204, null);
            case "assignee":
                JsonObject a = body.getAsJsonObject();
                issues.get(key).getAsJsonObject("fields").add("assignee", a);
                return respond(204, null);
            case "remotelink":
                JsonObject link = body.getAsJsonObject();
                remoteLinks.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(link.get("globalId").getAsString(), link);
                return respond(200, obj("id", String.valueOf(++sequence)));
            default:
                return respond(404, errors("fake Jira has no issue/" + p[2]));
        }
    }

    private JsonObject create(JsonObject f) {
        String key = projectKey + "-" + (issues.size() + 1);
        JsonObject issue = obj("id", String.valueOf(20000 + issues.size()), "key", key);
        JsonObject status = obj("name", "To Do");
        status.add("statusCategory", obj("key", "new"));
        f.add("status", status);
        if (!f.has("labels")) {
            f.add("labels", new JsonArray());
        }
        f.add("issuelinks", new JsonArray());
        touch(f);
        issue.add("fields", f);
        issues.put(key, issue);
        return obj("id", issue.get("id").getAsString(), "key", key);
    }

    private ResponseDefinition update(String key, JsonObject body) {
        JsonObject issue = issues.get(key);
        if (issue == null) {
            return respond(404, errors("Issue does not exist or you do not have permission to see it."));
        }
        JsonObject f = issue.getAsJsonObject("fields");
        if (body.has("fields")) {
            body.getAsJsonObject("fields").entrySet().forEach(e -> f.add(e.getKey(), e.getValue()));
        }
        if (body.has("update") && body.getAsJsonObject("update").has("labels")) {
            for (JsonElement op : body.getAsJsonObject("update").getAsJsonArray("labels")) {
                JsonElement add = op.getAsJsonObject().get("add");
                if (add != null && !f.getAsJsonArray("labels").contains(add)) {
                    f.getAsJsonArray("labels").add(add);
                }
            }
        }
        touch(f);
        return respond(204, null);
    }

    private ResponseDefinition link(JsonObject body) {
        String type = body.getAsJsonObject("type").get("name").getAsString();
        String out = body.getAsJsonObject("outwardIssue").get("key").getAsString();
        String in = body.getAsJsonObject("inwardIssue").get("key").getAsString();
        if (!issues.containsKey(out) || !issues.containsKey(in)) {
            return respond(404, errors("Issue does not exist"));
        }
        if (linkTypes.stream().noneMatch(l -> l.get("name").getAsString().equals(type))) {
            return respond(404, errors("No issue link type with name '" + type + "' found."));
        }
        JsonObject onOut = obj("id", String.valueOf(++sequence));
        onOut.add("type", obj("name", type));
        onOut.add("inwardIssue", obj("key", in));
        issues.get(out).getAsJsonObject("fields").getAsJsonArray("issuelinks").add(onOut);
        JsonObject onIn = obj("id", String.valueOf(sequence));
        onIn.add("type", obj("name", type));
        onIn.add("outwardIssue", obj("key", out));
        issues.get(in).getAsJsonObject("fields").getAsJsonArray("issuelinks").add(onIn);
        return respond(201, null);
    }

    private ResponseDefinition search(JsonObject body, boolean cloudJql) {
        if (cloudJql != apiRoot.endsWith("3")) {
            return respond(404, errors("this search endpoint does not exist on this deployment"));
        }
        String jql = body.get("jql").getAsString();
        Matcher m = JQL_LABEL.matcher(jql);
        String label = m.find() ? m.group(1) : null;
        List<JsonObject> hits = issues.values().stream()
                .filter(i -> label == null || i.getAsJsonObject("fields").getAsJsonArray("labels").contains(new com.google.gson.JsonPrimitive(label)))
                .toList();
        int max = body.has("maxResults") ? body.get("maxResults").getAsInt() : 50;
        int start = cloudJql ? (body.has("nextPageToken") ? Integer.parseInt(body.get("nextPageToken").getAsString()) : 0)
                : body.has("startAt") ? body.get("startAt").getAsInt() : 0;
        List<JsonObject> page = hits.subList(Math.min(start, hits.size()), Math.min(start + max, hits.size()));
        JsonObject out = new JsonObject();
        out.add("issues", array(page));
        if (cloudJql) {
            boolean last = start + max >= hits.size();
            out.addProperty("isLast", last);
            if (!last) {
                out.addProperty("nextPageToken", String.valueOf(start + max));
            }
        } else {
            out.addProperty("startAt", start);
            out.addProperty("maxResults", max);
            out.addProperty("total", hits.size());
        }
        return respond(200, out);
    }

    private ResponseDefinition createIssueType(JsonObject body) {
        String name = body.get("name").getAsString();
        if (issueTypes.stream().anyMatch(t -> t.get("name").getAsString().equals(name))) {
            return respond(409, errors("An issue type with this name already exists."));
        }
        JsonObject t = obj("id", String.valueOf(10100 + issueTypes.size()), "name", name);
        issueTypes.add(t);
        return respond(201, t);
    }

    private ResponseDefinition createField(JsonObject body) {
        String id = "customfield_" + (10200 + fields.size());
        JsonObject f = field(id, body.get("name").getAsString(), body.get("type").getAsString());
        fields.add(f);
        contexts.put(id, new ArrayList<>(List.of("Default Configuration Scheme for " + body.get("name").getAsString())));
        return respond(201, f);
    }

    private ResponseDefinition contextsOf(String fieldId) {
        if (!contexts.containsKey(fieldId)) {
            return respond(404, errors("The custom field was not found."));
        }
        JsonArray values = new JsonArray();
        contexts.get(fieldId).forEach(n -> values.add(obj("id", String.valueOf(n.hashCode()), "name", n)));
        JsonObject page = new JsonObject();
        page.add("values", values);
        page.addProperty("isLast", true);
        return respond(200, page);
    }

    private ResponseDefinition createContext(String fieldId, JsonObject body) {
        if (!contexts.containsKey(fieldId)) {
            return respond(404, errors("The custom field was not found."));
        }
        contexts.get(fieldId).add(body.get("name").getAsString());
        return respond(201, obj("id", String.valueOf(++sequence), "name", body.get("name").getAsString()));
    }

    private JsonObject project() {
        JsonObject p = obj("id", "10000", "key", projectKey, "style", teamManaged ? "next-gen" : "classic");
        JsonArray types = new JsonArray();
        projectIssueTypes.forEach(t -> types.add(obj("name", t)));
        p.add("issueTypes", types);
        return p;
    }

    private void touch(JsonObject f) {
        clockMillis += 1000;
        f.addProperty("updated", JIRA_TIME.format(Instant.ofEpochMilli(clockMillis)));
    }

    private static JsonObject field(String id, String name, String customType) {
        JsonObject f = obj("id", id, "name", name);
        f.addProperty("custom", customType != null);
        if (customType != null) {
            f.add("schema", obj("type", "string", "custom", customType));
        }
        return f;
    }

    private static JsonObject linkType(String id, String name, String inward, String outward) {
        return obj("id", id, "name", name, "inward", inward, "outward", outward);
    }

    static JsonObject obj(String... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2) {
            o.addProperty(kv[i], kv[i + 1]);
        }
        return o;
    }

    private static JsonArray array(List<JsonObject> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    private static JsonObject errors(String message) {
        JsonObject o = new JsonObject();
        JsonArray m = new JsonArray();
        m.add(message);
        o.add("errorMessages", m);
        o.add("errors", new JsonObject());
        return o;
    }

    private static ResponseDefinition respond(int status, JsonElement body) {
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(status);
        if (body != null) {
            b.withHeader("Content-Type", "application/json").withBody(body.toString());
        }
        return b.build();
    }
}
