package dev.noblame.bench.load;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests the driver sends to a running {@code noblame serve}: report intake, incident
 * reads and the rollup. Remembers the ids of the incidents its reports created, so reads
 * ask for incidents that exist.
 */
final class NoBlameApi {
    private static final Pattern INCIDENT_ID = Pattern.compile("INC-\\d+");
    private static final List<String> SERVICES = List.of("checkout", "payments", "search", "identity", "notifications", "inventory");
    private static final List<String> WHAT = List.of(
            "Checkout latency rose above the SLO after the 14:02 deploy; rollback restored it.",
            "A certificate on the payments gateway expired and card authorisations failed for 11 minutes.",
            "Search returned stale results because the indexer queue stalled behind a poison message.",
            "A config change nearly disabled MFA for admins; a reviewer caught it before rollout.",
            "Notification emails were delayed by 40 minutes while the provider throttled us.",
            "Inventory counts drifted after a retry storm double-applied reservations.");
    private static final int MAX_IDS = 1 << 20;

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(MAX_IDS);
    private final AtomicInteger idCount = new AtomicInteger();
    private final Duration spread;
    private long existing;

    NoBlameApi(URI base, String token, Duration occurredSpread) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.token = token;
        this.spread = occurredSpread;
    }

    /** POST /api/v1/reports: an anonymous report of a random kind and service, occurred within the spread. */
    int submitReport() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        JsonObject body = new JsonObject();
        body.addProperty("kind", random.nextInt(4) == 0 ? "near_miss" : "incident");
        body.addProperty("whatHappened", WHAT.get(random.nextInt(WHAT.size())));
        body.addProperty("service", SERVICES.get(random.nextInt(SERVICES.size())));
        body.addProperty("occurredAt", Instant.now().minusSeconds(random.nextLong(Math.max(1, spread.toSeconds()))).toString());
        body.addProperty("anonymous", true);
        HttpRequest request = request("/api/v1/reports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
            Matcher m = INCIDENT_ID.matcher(response.body());
            if (m.find()) {
                remember(m.group());
            }
        }
        return response.statusCode();
    }

    /** GET /api/v1/incidents/{id} for an incident this driver created, or one of the existing ones. */
    int readIncident() throws Exception {
        String id;
        if (existing > 0) {
            id = "INC-" + (1 + ThreadLocalRandom.current().nextLong(existing));
        } else {
            int known = Math.min(idCount.get(), MAX_IDS);
            if (known == 0) {
                throw new IllegalStateException("no incident ids to read: run the intake phase first (or --prefill)");
            }
            id = ids.get(ThreadLocalRandom.current().nextInt(known));
            if (id == null) {
                id = ids.get(0); // the slot was counted a moment before its id was stored
            }
        }
        HttpResponse<Void> response = http.send(request("/api/v1/incidents/" + id).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    /** GET {@code path} with the given bearer token (none when null). */
    HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5)).GET();
        if (bearer != null && !bearer.isBlank()) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    int knownIncidents() {
        return existing > 0 ? (int) Math.min(existing, Integer.MAX_VALUE) : Math.min(idCount.get(), MAX_IDS);
    }

    /** Reads pick uniformly among INC-1..INC-n, incidents that exist already (a seeded database). */
    void readExisting(long n) {
        this.existing = n;
    }

    private void remember(String id) {
        int slot = idCount.getAndIncrement();
        if (slot < MAX_IDS) {
            ids.set(slot, id);
        } else {
            ids.set(ThreadLocalRandom.current().nextInt(MAX_IDS), id);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }
}
