package dev.noblame.bench.jira;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Jira Cloud on the loopback interface for a sync round at scale: JQL search
 * paged by nextPageToken over pre-rendered issues, the field list, and the writes a sync makes
 * (answered, counted, not stored). Counts requests and the most ever in flight at once.
 */
final class FakeJiraServer implements AutoCloseable {
    private static final Pattern LABEL = Pattern.compile("labels = \\\\?\"(noblame-(?:ACT|INC)-\\d+)\\\\?\"");

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(32);
    private final List<String> actionIssues = new ArrayList<>();
    private final Map<String, String> byLabel = new ConcurrentHashMap<>();
    private final String fields;
    private final long latencyMillis;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong writes = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();

    FakeJiraServer(String fieldsJson, long latencyMillis) throws IOException {
        // without TCP_NODELAY the header and body writes meet delayed ACKs: ~40 ms per request of pure waiting
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.fields = fieldsJson;
        this.latencyMillis = latencyMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
    }

    void add(String label, String issueJson) {
        actionIssues.add(issueJson);
        byLabel.put(label, issueJson);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeJiraServer start() {
        server.start();
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        requests.incrementAndGet();
        int status;
        String json;
        try {
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (method.equals("POST") && path.equals("/rest/api/3/search/jql")) {
                status = 200;
                json = search(body);
            } else if (method.equals("GET") && path.equals("/rest/api/3/field")) {
                status = 200;
                json = fields;
            } else if (method.equals("POST") && path.equals("/rest/api/3/issue")) {
                writes.incrementAndGet();
                int n = created.incrementAndGet();
                status = 201;
                json = "{\"id\":\"9" + n + "\",\"key\":\"NEW-" + n + "\"}";
            } else if (method.equals("POST") || method.equals("PUT")) {
                writes.incrementAndGet();
                status = method.equals("PUT") ? 204 : 201;
                json = null;
            } else {
                status = 404;
                json = "{\"errorMessages\":[\"not in the fake\"]}";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 500;
            json = null;
        } finally {
            // out of flight before the answer leaves: once the client has it, it may send the next request
            inFlight.decrementAndGet();
        }
        respond(ex, status, json);
    }

    private String search(String body) {
        JsonObject q = JsonParser.parseString(body).getAsJsonObject();
        String jql = q.get("jql").getAsString();
        Matcher m = LABEL.matcher(jql);
        if (m.find()) {
            String hit = byLabel.get(m.group(1));
            return "{\"issues\":[" + (hit == null ? "" : hit) + "],\"isLast\":true}";
        }
        int max = q.get("maxResults").getAsInt();
        int start = q.has("nextPageToken") ? Integer.parseInt(q.get("nextPageToken").getAsString()) : 0;
        int end = Math.min(actionIssues.size(), start + max);
        StringBuilder sb = new StringBuilder(64 + (end - start) * 600).append("{\"issues\":[");
        for (int i = start; i < end; i++) {
            sb.append(i > start ? "," : "").append(actionIssues.get(i));
        }
        sb.append("],\"isLast\":").append(end >= actionIssues.size());
        if (end < actionIssues.size()) {
            sb.append(",\"nextPageToken\":\"").append(end).append('"');
        }
        return sb.append('}').toString();
    }

    private static void respond(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
