package dev.noblame.jenkins.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.noblame.ports.BuildServer;
import java.net.URI;
import java.util.Map;

/**
 * The build-page facade in domain words. A build URL is turned into a path below the configured
 * Jenkins root, and credentials go to that root only: a build URL naming another host is
 * re-rooted by its {@code /job/...} path (Jenkins seen through another name, a proxy) or refused.
 * The line NoBlame writes is appended to whatever the pipeline already wrote, once.
 */
public final class JenkinsBuildPages implements BuildServer {
    private final JenkinsHttp http;

    public JenkinsBuildPages(JenkinsHttp http) {
        this.http = http;
    }

    @Override
    public void describeBuild(String buildUrl, String line) {
        String path = pathOf(buildUrl);
        String current = currentDescription(path);
        if (current.contains(line)) {
            return;
        }
        String joined = current.isBlank() ? line : current.stripTrailing() + "\n" + line;
        http.postForm(path + "submitDescription", Map.of("description", joined));
    }

    String currentDescription(String path) {
        String body = http.get(path + "api/json?tree=description");
        try {
            JsonElement d = JsonParser.parseString(body).getAsJsonObject().get("description");
            return d == null || d.isJsonNull() ? "" : d.getAsString();
        } catch (RuntimeException e) {
            throw new JenkinsException(http.host(), "GET /" + path + "api/json", 200, "the build's JSON has no readable description", e);
        }
    }

    /** The build's path below the root, ending in a slash. */
    String pathOf(String buildUrl) {
        URI root = http.base();
        String rootText = root.toString();
        String url = buildUrl.endsWith("/") ? buildUrl : buildUrl + "/";
        if (url.startsWith(rootText)) {
            return url.substring(rootText.length());
        }
        int job = url.indexOf("/job/");
        if (job >= 0 && (url.startsWith("http://") || url.startsWith("https://"))) {
            return url.substring(job + 1);
        }
        throw new JenkinsException(http.host(), "describe " + buildUrl, 0,
                "the build URL is not a Jenkins job build URL; credentials are only sent to jenkins.url");
    }
}
