package dev.noblame.server.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript, for the fast page tests: keeps cookies, does not follow
 * redirects (tests look at them), and posts forms with the CSRF token the last page carried.
 */
final class Browser {
    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String lastCsrf;

    Browser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Page(int status, String body, HttpResponse<String> raw) {
        Document doc() {
            return Jsoup.parse(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String location() {
            return header("Location");
        }
    }

    Page get(String path) {
        Page p = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        remember(p);
        return p;
    }

    /** Posts the form fields with the CSRF token of the last page seen. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (lastCsrf != null) {
            all.putIfAbsent("_csrf", lastCsrf);
        }
        return postRaw(path, all);
    }

    Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        Page p = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        remember(p);
        return p;
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    private void remember(Page p) {
        if (p.body() != null && p.body().contains("csrf-token")) {
            String token = p.doc().select("meta[name=csrf-token]").attr("content");
            if (!token.isEmpty()) {
                lastCsrf = token;
            }
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(30))
                    .header("User-Agent", "NoBlameTestAgent/7.7 marker-ua-5150").build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
