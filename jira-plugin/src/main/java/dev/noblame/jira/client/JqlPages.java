package dev.noblame.jira.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.noblame.jira.JiraDeployment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * JQL search paging. Cloud: {@code POST /rest/api/3/search/jql} with {@code nextPageToken} and
 * no total (the page after the last has no token, or {@code isLast} is true). Data Center:
 * {@code POST /rest/api/2/search} with {@code startAt}/{@code maxResults}/{@code total}.
 * Search is read-only, so every page call may be retried.
 */
final class JqlPages {
    private final JiraHttp http;
    private final int pageSize;

    JqlPages(JiraHttp http, int pageSize) {
        this.http = http;
        this.pageSize = pageSize;
    }

    void forEach(String jql, List<String> fields, Consumer<JiraIssue> each) {
        if (http.deployment() == JiraDeployment.CLOUD) {
            String token = null;
            do {
                JsonObject page = cloudPage(jql, fields, token);
                issues(page).forEach(each);
                boolean last = page.has("isLast") && page.get("isLast").getAsBoolean();
                token = last ? null : JiraIssue.string(page, "nextPageToken");
            } while (token != null);
        } else {
            int startAt = 0;
            while (true) {
                JsonObject page = dcPage(jql, fields, startAt);
                List<JiraIssue> issues = issues(page);
                issues.forEach(each);
                int total = page.has("total") ? page.get("total").getAsInt() : Integer.MAX_VALUE;
                startAt += issues.size();
                if (issues.isEmpty() || startAt >= total) {
                    return;
                }
            }
        }
    }

    List<JiraIssue> firstPage(String jql, List<String> fields) {
        return issues(http.deployment() == JiraDeployment.CLOUD ? cloudPage(jql, fields, null) : dcPage(jql, fields, 0));
    }

    private JsonObject cloudPage(String jql, List<String> fields, String token) {
        JsonObject body = new JsonObject();
        body.addProperty("jql", jql);
        body.addProperty("maxResults", pageSize);
        body.add("fields", array(fields));
        if (token != null) {
            body.addProperty("nextPageToken", token);
        }
        return http.post("/search/jql", body, true).getAsJsonObject();
    }

    private JsonObject dcPage(String jql, List<String> fields, int startAt) {
        JsonObject body = new JsonObject();
        body.addProperty("jql", jql);
        body.addProperty("startAt", startAt);
        body.addProperty("maxResults", pageSize);
        body.add("fields", array(fields));
        return http.post("/search", body, true).getAsJsonObject();
    }

    private static List<JiraIssue> issues(JsonObject page) {
        List<JiraIssue> out = new ArrayList<>();
        if (page.has("issues")) {
            for (JsonElement e : page.getAsJsonArray("issues")) {
                out.add(JiraIssue.from(e.getAsJsonObject()));
            }
        }
        return out;
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
