package dev.noblame.jira.client;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import dev.noblame.jira.JiraDeployment;
import dev.noblame.jira.JiraSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw call layer: one place for URIs, auth, timeouts, the cap on requests in flight, and
 * retries. Callers pass a path below the API root ({@code /issue/OPS-1}); the deployment picks
 * {@code /rest/api/3} or {@code /rest/api/2}.
 *
 * <p>429 and 503 are retried for every method: Jira did not act on the request. Other server
 * errors and timeouts are retried only for calls marked idempotent; for a create they surface
 * as a retryable {@link JiraCallException}, and the sync looks for the issue before creating
 * it again, so a create that did land is never repeated.
 */
public final class JiraHttp {
    /** Waiting longer than this inside one call would hold a worker thread hostage: hand back to the outbox. */
    static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(60);
    private static final Gson GSON = new Gson();

    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final JiraSettings settings;
    private final HttpClient client;
    private final Semaphore inFlight;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final String authorization;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    public JiraHttp(JiraSettings settings) {
        this(settings, Backoff.standard(), d -> Thread.sleep(d.toMillis()));
    }

    public JiraHttp(JiraSettings settings, Backoff backoff, Sleeper sleeper) {
        this.settings = settings;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.inFlight = new Semaphore(settings.maxConcurrent(), true);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/2 over TLS (ALPN); plain http would try an h2c upgrade that some proxies mangle
                .version("https".equals(settings.url().getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = settings.deployment() == JiraDeployment.CLOUD
                ? "Basic " + Base64.getEncoder().encodeToString(
                        (settings.email() + ":" + settings.token()).getBytes(StandardCharsets.UTF_8))
                : "Bearer " + settings.pat();
    }

    public JiraDeployment deployment() {
        return settings.deployment();
    }

    public JiraSettings settings() {
        return settings;
    }

    /** Requests sent so far, retries included. */
    public long requestCount() {
        return requests.get();
    }

    public long retryCount() {
        return retries.get();
    }

    public JsonElement get(String path) {
        return call("GET", path, null, true);
    }

    public JsonElement post(String path, Object body, boolean idempotent) {
        return call("POST", path, body, idempotent);
    }

    public JsonElement put(String path, Object body) {
        return call("PUT", path, body, true);
    }

    /**
     * Sends one call, retrying what may be retried. Returns the parsed body, or JSON null for an
     * empty one (204).
     */
    public JsonElement call(String method, String path, Object body, boolean idempotent) {
        String apiPath = settings.deployment().apiRoot() + path;
        String callName = method + " " + apiPath.replaceAll("\\?.*", "");
        String json = body == null ? null : (body instanceof JsonElement e ? e.toString() : GSON.toJson(body));
        for (int attempt = 0; ; attempt++) {
            JiraCallException failure;
            try {
                HttpResponse<String> response = sendOnce(method, apiPath, json);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    String text = response.body();
                    return text == null || text.isBlank() ? JsonNull.INSTANCE : JsonParser.parseString(text);
                }
                Optional<Duration> hint = backoff.hinted(response.headers().firstValue("Retry-After"),
                        response.headers().firstValue("X-RateLimit-Reset"));
                failure = JiraCallException.of(host(), callName, status, response.body(), hint.orElse(null));
            } catch (IOException e) {
                failure = new JiraCallException(host(), callName, 0, JiraCallException.Kind.TRANSPORT,
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), null, e);
            }
            boolean mayRetry = failure.kind() == JiraCallException.Kind.THROTTLED
                    || failure.kind() == JiraCallException.Kind.UNAVAILABLE
                    || (idempotent && failure.retryable());
            if (!mayRetry || attempt >= settings.maxRetries()) {
                throw failure;
            }
            Duration wait = failure.retryAfter() != null ? failure.retryAfter() : backoff.delay(attempt);
            if (wait.compareTo(MAX_INLINE_WAIT) > 0) {
                throw failure;
            }
            retries.incrementAndGet();
            pause(wait);
        }
    }

    private HttpResponse<String> sendOnce(String method, String apiPath, String json) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.base() + apiPath))
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a request slot", e);
        }
        try {
            requests.incrementAndGet();
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            inFlight.release();
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraCallException(host(), "backoff", 0, JiraCallException.Kind.TRANSPORT, "interrupted", null, e);
        }
    }

    private String host() {
        return settings.url().getHost() + (settings.url().getPort() > 0 ? ":" + settings.url().getPort() : "");
    }
}
