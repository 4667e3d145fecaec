package dev.noblame.confluence.client;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.ConfluenceSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;

/**
 * The raw call layer: one JSON request to a path under the site, with auth, timeouts and
 * bounded waiting on 429/503 (Retry-After in seconds or as an HTTP date, else a short backoff).
 * Any other failure is a {@link ConfluenceException} naming host, call and status.
 */
public final class ConfluenceHttp {
    static final int MAX_ATTEMPTS = 4;
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    /** Waiting is a seam so tests do not sleep. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final HttpClient client;
    private final URI base;
    private final String authorization;
    private final Duration timeout;
    private final Sleeper sleeper;

    public ConfluenceHttp(ConfluenceSettings settings, Sleeper sleeper) {
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = settings.url();
        this.timeout = settings.timeout();
        this.sleeper = sleeper;
        this.authorization = settings.deployment() == ConfluenceDeployment.CLOUD
                ? "Basic " + Base64.getEncoder().encodeToString((settings.email() + ":" + settings.token()).getBytes(StandardCharsets.UTF_8))
                : "Bearer " + settings.pat();
    }

    public static ConfluenceHttp of(ConfluenceSettings settings) {
        return new ConfluenceHttp(settings, d -> Thread.sleep(d.toMillis()));
    }

    public String host() {
        return base.getHost();
    }

    /** The answer of a call: status and parsed JSON body (JsonNull when empty). */
    public record Response(int status, JsonElement body) {
    }

    public JsonElement get(String pathAndQuery) {
        return send("GET", pathAndQuery, null).body();
    }

    /** A GET where 404 means "not there" rather than an error. */
    public Optional<JsonElement> find(String pathAndQuery) {
        try {
            return Optional.of(get(pathAndQuery));
        } catch (ConfluenceException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public JsonElement post(String path, JsonElement body) {
        return send("POST", path, body).body();
    }

    public JsonElement put(String path, JsonElement body) {
        return send("PUT", path, body).body();
    }

    public Response send(String method, String pathAndQuery, JsonElement body) {
        String call = method + " " + pathAndQuery;
        URI uri = URI.create(base.toString() + pathAndQuery);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check");
        if (body != null) {
            rb.header("Content-Type", "application/json");
            rb.method(method, HttpRequest.BodyPublishers.ofString(GSON.toJson(body), StandardCharsets.UTF_8));
        } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = rb.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ConfluenceException(host(), call, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConfluenceException(host(), call, 0, "interrupted", null, e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Response(status, parse(response.body()));
            }
            Duration hint = retryAfter(response);
            if ((status == 429 || status == 503) && attempt < MAX_ATTEMPTS) {
                Duration wait = hint != null ? hint : Duration.ofMillis(500L << (attempt - 1));
                if (wait.compareTo(MAX_WAIT) <= 0) {
                    pause(wait, call);
                    continue;
                }
            }
            throw new ConfluenceException(host(), call, status, excerpt(response.body()), hint, null);
        }
    }

    private void pause(Duration wait, String call) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfluenceException(host(), call, 0, "interrupted while waiting to retry", null, e);
        }
    }

    static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After");
        if (value.isEmpty()) {
            return null;
        }
        String v = value.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    private static JsonElement parse(String body) {
        if (body == null || body.isBlank()) {
            return com.google.gson.JsonNull.INSTANCE;
        }
        try {
            return JsonParser.parseString(body);
        } catch (RuntimeException e) {
            return com.google.gson.JsonNull.INSTANCE;
        }
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
