package dev.noblame.jenkins.client;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The raw call layer: paths, preemptive Basic auth with an API token, the crumb dance and the
 * mapping of failures to {@link JenkinsException}. Jenkins answers 403 (not 401 with a
 * challenge) to anonymous writes, so credentials are always sent up front. With an API token no
 * crumb is needed (Jenkins 2.96+); when Jenkins still asks for one ("No valid crumb"), one is
 * fetched from {@code /crumbIssuer/api/json} (its session cookie kept) and the call repeated once.
 */
public final class JenkinsHttp {
    private final URI base;
    private final String host;
    private final String user;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient client;
    private volatile Crumb crumb;

    private record Crumb(String field, String value) {
    }

    /** @param base the Jenkins root URL, ending in a slash */
    public JenkinsHttp(URI base, String user, String token, Duration timeout) {
        this.base = base;
        this.host = base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI base() {
        return base;
    }

    public String host() {
        return host;
    }

    /** GET a path below the root; answers the body of a 2xx. */
    public String get(String path) {
        String call = "GET /" + path;
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path)).GET(), call);
        check(r, call);
        return r.body();
    }

    /** POST a form to a path below the root, fetching a crumb and repeating once when Jenkins asks for one. */
    public void postForm(String path, Map<String, String> form) {
        String call = "POST /" + path;
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> r = send(formRequest(path, body), call);
        if (r.statusCode() == 403 && asksForCrumb(r)) {
            crumb = fetchCrumb();
            r = send(formRequest(path, body), call);
            if (r.statusCode() == 403 && asksForCrumb(r)) {
                throw new JenkinsException(host, call, 403, "Jenkins refused the crumb it issued; check that a proxy keeps the"
                        + " session cookie (JSESSIONID) between the crumb request and the call");
            }
        }
        if (!isDoneRedirect(r)) {
            check(r, call);
        }
    }

    /**
     * Jenkins answers a successful form post with a redirect back to the page ({@code submitDescription}
     * redirects to "."); a redirect to a login page is a proxy or realm wanting a session, not success.
     */
    private static boolean isDoneRedirect(HttpResponse<String> r) {
        int s = r.statusCode();
        if (s != 302 && s != 303) {
            return false;
        }
        String location = r.headers().firstValue("Location").orElse("").toLowerCase(java.util.Locale.ROOT);
        return !location.contains("login") && !location.contains("securityrealm") && !location.contains("oauth");
    }

    private HttpRequest.Builder formRequest(String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Crumb c = crumb;
        if (c != null) {
            b.header(c.field(), c.value());
        }
        return b;
    }

    private Crumb fetchCrumb() {
        String call = "GET /crumbIssuer/api/json";
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("crumbIssuer/api/json")).GET(), call);
        if (r.statusCode() == 404) {
            throw new JenkinsException(host, call, 404, "Jenkins asked for a crumb but has no crumb issuer");
        }
        check(r, call);
        try {
            JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
            return new Crumb(o.get("crumbRequestField").getAsString(), o.get("crumb").getAsString());
        } catch (RuntimeException e) {
            throw new JenkinsException(host, call, r.statusCode(), "the crumb answer has no crumbRequestField and crumb", e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String call) {
        HttpRequest req = request.header("Authorization", authorization).header("Accept", "application/json")
                .timeout(timeout).build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JenkinsException(host, call, -1, "no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JenkinsException(host, call, -1, "interrupted", e);
        }
    }

    private void check(HttpResponse<String> r, String call) {
        int s = r.statusCode();
        if (s >= 200 && s < 300) {
            return;
        }
        String message = switch (s) {
            case 401 -> "the credentials were rejected: check jenkins.user ('" + user + "') and jenkins.token (an API token"
                    + " made on the user's Security page)";
            case 403 -> "user '" + user + "' is not allowed to do this: writing a build description needs the Run/Update"
                    + " permission on the job (an expired or revoked API token also shows as 403)";
            case 404 -> "no such page: the job or build does not exist (or the user cannot see it)";
            case 301, 302, 303, 307, 308 -> "redirected to " + r.headers().firstValue("Location").orElse("?")
                    + ": jenkins.url is probably not Jenkins' root URL as configured in Jenkins";
            default -> s >= 500 ? "Jenkins failed; will try again" : "unexpected answer";
        };
        throw new JenkinsException(host, call, s, message);
    }

    /** Jenkins' CrumbFilter answers 403 with this text when a crumb is missing or stale. */
    private static boolean asksForCrumb(HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body();
        return body.contains("No valid crumb");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
