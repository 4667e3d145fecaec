package dev.noblame.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.auth.Role;
import dev.noblame.server.support.Http.Answer;
import dev.noblame.server.support.RunningHub;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP against a hub on embedded H2. */
class RestApiTest {
    @TempDir
    static Path dir;
    static RunningHub hub;
    static String responder;
    static String reviewer;
    static String reporter;
    static String admin;

    @BeforeAll
    static void start() {
        hub = RunningHub.start(dir);
        responder = hub.token(Role.RESPONDER);
        reviewer = hub.token(Role.REVIEWER);
        reporter = hub.token(Role.REPORTER);
        admin = hub.token(Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private static String report(String service, String text) {
        Answer a = hub.http.post("/api/v1/reports", null,
                "{\"whatHappened\":\"" + text + "\",\"service\":\"" + service + "\",\"severity\":\"SEV2\",\"team\":\"payments\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.field("id");
    }

    @Test
    void an_anonymous_report_needs_no_token_and_stores_no_identity() {
        Answer a = hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"Queue backed up\",\"service\":\"billing\"}");

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().get("anonymous").getAsBoolean()).isTrue();
        assertThat(a.raw().headers().firstValue("Location")).hasValue("/api/v1/incidents/" + a.field("id"));
        long id = Long.parseLong(a.field("id").substring(4));
        String stored = hub.hub.app().tx().withHandle(h -> h.createQuery("SELECT reporter_id FROM incidents WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(stored).isNull();
    }

    @Test
    void a_signed_in_report_is_named_unless_anonymity_is_asked_for() {
        Answer named = hub.http.post("/api/v1/reports", responder, "{\"whatHappened\":\"Disk filled\",\"service\":\"search\"}");
        Answer anonymous = hub.http.post("/api/v1/reports", responder,
                "{\"whatHappened\":\"Disk filled\",\"service\":\"search\",\"anonymous\":true}");

        assertThat(named.field("reporter")).isEqualTo("test responder");
        assertThat(anonymous.field("reporter")).isNull();
    }

    @Test
    void bad_input_is_answered_400_naming_every_bad_field() {
        Answer a = hub.http.post("/api/v1/reports", null, "{\"kind\":\"rumour\",\"occurredAt\":\"yesterday\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.field("error")).isEqualTo("validation");
        assertThat(a.json().getAsJsonObject("fields").keySet()).contains("kind", "occurredAt", "whatHappened", "service");
    }

    @Test
    void malformed_json_is_answered_400_naming_the_body() {
        Answer a = hub.http.post("/api/v1/reports", null, "{\"whatHappened\":");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().getAsJsonObject("fields").has("body")).isTrue();
    }

    @Test
    void a_body_over_the_limit_is_answered_413() {
        String huge = "x".repeat(1024 * 1024 + 10);
        Answer a = hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"" + huge + "\",\"service\":\"s\"}");

        assertThat(a.status()).isEqualTo(413);
        assertThat(a.field("error")).isEqualTo("too_large");
    }

    @Test
    void reading_incidents_needs_a_token_and_a_role_that_may() {
        assertThat(hub.http.get("/api/v1/incidents", null).status()).isEqualTo(401);
        assertThat(hub.http.get("/api/v1/incidents", "nb_not-a-real-token").status()).isEqualTo(401);
        String id = report("search", "Index stale");
        Answer forbidden = hub.http.post("/api/v1/incidents/" + id + "/transitions", reporter, "{\"to\":\"investigating\"}");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.field("error")).isEqualTo("forbidden");
    }

    @Test
    void incidents_are_listed_with_filters_and_a_total() {
        report("ledger", "Ledger one");
        report("ledger", "Ledger two");
        report("ledger", "Ledger three");

        Answer page = hub.http.get("/api/v1/incidents?service=ledger&severity=sev2&limit=2&offset=0", reader());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").getAsLong()).isEqualTo(3);
        assertThat(page.json().getAsJsonArray("items")).hasSize(2);
        assertThat(hub.http.get("/api/v1/incidents?limit=0", reader()).status()).isEqualTo(400);
        assertThat(hub.http.get("/api/v1/incidents?from=soon", reader()).json().getAsJsonObject("fields").has("from")).isTrue();
    }

    @Test
    void an_unknown_incident_is_404() {
        assertThat(hub.http.get("/api/v1/incidents/INC-999999", reader()).status()).isEqualTo(404);
        assertThat(hub.http.get("/api/v1/incidents/banana", reader()).status()).isEqualTo(404);
    }

    @Test
    void an_edit_of_a_field_that_cannot_be_changed_is_400_naming_it_and_changes_nothing() {
        String id = report("auth", "Login failures");

        Answer a = hub.http.patch("/api/v1/incidents/" + id, responder, "{\"title\":\"\",\"severity\":\"sev1\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().getAsJsonObject("fields").keySet()).containsExactly("title");
        assertThat(hub.http.get("/api/v1/incidents/" + id, reader()).field("severity")).isNotEqualTo("sev1");
    }

    @Test
    void the_gate_without_credentials_says_an_api_token_is_enough() {
        Answer anonymous = hub.http.get("/api/v1/gate?service=auth&environment=production", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.field("message")).contains("Authorization: Bearer");

        assertThat(hub.http.get("/api/v1/gate?service=auth&environment=production", admin).status()).isEqualTo(200);
    }

    @Test
    void an_illegal_transition_is_409_naming_both_states() {
        String id = report("auth", "Login failures");

        Answer a = hub.http.post("/api/v1/incidents/" + id + "/transitions", responder, "{\"to\":\"closed\"}");

        assertThat(a.status()).isEqualTo(409);
        assertThat(a.field("from")).isEqualTo("reported");
        assertThat(a.field("to")).isEqualTo("closed");
        assertThat(a.field("message")).contains("reported").contains("closed");
    }

    @Test
    void an_incident_moves_through_its_lifecycle_and_keeps_a_timeline() {
        String id = report("auth", "Token refresh loop");

        assertThat(hub.http.post("/api/v1/incidents/" + id + "/transitions", responder, "{\"to\":\"investigating\"}").field("status"))
                .isEqualTo("investigating");
        assertThat(hub.http.patch("/api/v1/incidents/" + id, responder, "{\"severity\":\"sev1\",\"status\":\"mitigated\"}").field("status"))
                .isEqualTo("mitigated");
        Answer entry = hub.http.post("/api/v1/incidents/" + id + "/timeline", responder,
                "{\"text\":\"Rolled back release 42\",\"at\":\"2026-01-01T10:00:00Z\"}");
        assertThat(entry.status()).isEqualTo(201);

        Answer timeline = hub.http.get("/api/v1/incidents/" + id + "/timeline", reader());
        assertThat(timeline.json().getAsJsonArray("items")).hasSize(1);
        assertThat(hub.http.get("/api/v1/incidents/" + id, reader()).field("severity")).isEqualTo("sev1");
    }

    @Test
    void a_postmortem_is_written_reviewed_and_approved_by_someone_else() {
        String id = report("checkout", "Payment provider timeouts");
        String base = "/api/v1/incidents/" + id + "/postmortem";

        Answer early = hub.http.post(base + "/transitions", responder, "{\"to\":\"in_review\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().getAsJsonObject("fields").has("sections.summary")).isTrue();

        Answer saved = hub.http.put(base, responder, "{\"sections\":{\"summary\":\"Card payments failed for 20 minutes.\","
                + "\"impact\":\"3% of checkouts\"},\"factors\":[{\"category\":\"vendor\",\"text\":\"Provider rate limit lowered without notice\","
                + "\"tags\":[\"vendor\"]}],\"reviewers\":[\"test reviewer\"]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().getAsJsonObject("sections").get("impact").getAsString()).isEqualTo("3% of checkouts");

        assertThat(hub.http.post(base + "/transitions", responder, "{\"to\":\"in_review\"}").field("status")).isEqualTo("in_review");
        assertThat(hub.http.post(base + "/transitions", responder, "{\"to\":\"approved\"}").status()).isEqualTo(403);
        assertThat(hub.http.post(base + "/transitions", reviewer, "{\"to\":\"approved\"}").field("status")).isEqualTo("approved");
        assertThat(hub.http.get(base, reader()).json().getAsJsonArray("approvals").get(0).getAsString()).isEqualTo("test reviewer");
    }

    @Test
    void bad_factors_are_named_by_position() {
        String id = report("checkout", "Cart emptied");

        Answer a = hub.http.put("/api/v1/incidents/" + id + "/postmortem", responder,
                "{\"factors\":[{\"category\":\"weather\",\"text\":\"x\"},{\"text\":\"\"}]}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().getAsJsonObject("fields").keySet()).contains("factors[0].category", "factors[1].text");
    }

    @Test
    void action_items_are_added_moved_and_listed() {
        String id = report("dns", "Resolver timeouts");

        Answer added = hub.http.post("/api/v1/incidents/" + id + "/actions", responder,
                "{\"title\":\"Alert on resolver p99\",\"owner\":\"sre\",\"dueDate\":\"2020-01-01\",\"class\":\"detect\","
                        + "\"priority\":\"priority\",\"successCriterion\":\"alert fires within 2 minutes in a drill\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String action = added.field("id");

        assertThat(hub.http.get("/api/v1/actions?overdue=true&owner=sre", reader()).json().get("total").getAsLong()).isEqualTo(1);
        assertThat(hub.http.post("/api/v1/actions/" + action + "/transitions", responder, "{\"to\":\"done\"}").field("state"))
                .isEqualTo("done");
        Answer wontDo = hub.http.post("/api/v1/actions/" + action + "/transitions", responder, "{\"to\":\"wont_do\",\"reason\":\"superseded\"}");
        assertThat(wontDo.status()).isEqualTo(409);
        assertThat(hub.http.get("/api/v1/incidents/" + id + "/actions", reader()).json().getAsJsonArray("items")).hasSize(1);
    }

    @Test
    void health_metrics_and_openapi_are_served_without_a_token() {
        assertThat(hub.http.get("/health", null).status()).isEqualTo(200);
        Answer metrics = hub.http.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(hub.http.get("/api/v1/openapi.json", null).json().get("openapi").getAsString()).startsWith("3.");
    }

    @Test
    void the_outbox_is_visible_to_admins_only() {
        assertThat(hub.http.get("/api/v1/outbox", responder).status()).isEqualTo(403);
        Answer a = hub.http.get("/api/v1/outbox", admin);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().has("deadLetters")).isTrue();
        assertThat(hub.http.post("/api/v1/outbox/dead-letters/424242/requeue", admin, "").status()).isEqualTo(404);
    }

    @Test
    void a_session_started_from_a_token_signs_the_browser_in_with_a_strict_http_only_cookie() {
        Answer a = hub.http.post("/api/v1/session", null, "{\"token\":\"" + reviewer + "\"}");

        assertThat(a.status()).isEqualTo(200);
        String cookie = a.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(hub.http.post("/api/v1/session", null, "{\"token\":\"nb_wrong\"}").status()).isEqualTo(401);
    }

    @Test
    void text_is_linted_and_redacted_over_http() {
        Answer lint = hub.http.post("/api/v1/lint", reader(), "{\"text\":\"Bob should have checked the config. Human error caused the outage.\",\"names\":[\"Bob\"]}");
        assertThat(lint.status()).as(lint.body()).isEqualTo(200);
        assertThat(lint.json().getAsJsonArray("findings")).isNotEmpty();
        assertThat(lint.json().getAsJsonArray("findings").get(0).getAsJsonObject().get("line").getAsInt()).isEqualTo(1);

        Answer redact = hub.http.post("/api/v1/redact", reader(), "{\"text\":\"Mail ana@example.com from 10.1.2.3\"}");
        assertThat(redact.status()).isEqualTo(200);
        assertThat(redact.field("text")).doesNotContain("ana@example.com").doesNotContain("10.1.2.3");
        assertThat(hub.http.post("/api/v1/lint", reader(), "{}").json().getAsJsonObject("fields").has("text")).isTrue();
    }

    @Test
    void kpis_and_rollups_count_what_was_reported() {
        report("kpi-svc", "KPI one");
        hub.http.post("/api/v1/reports", null, "{\"kind\":\"near_miss\",\"whatHappened\":\"Almost\",\"service\":\"kpi-svc\"}");

        Answer rollup = hub.http.get("/api/v1/rollups?by=service", reader());
        assertThat(rollup.status()).as(rollup.body()).isEqualTo(200);
        var group = rollup.json().getAsJsonArray("groups").asList().stream().map(e -> e.getAsJsonObject())
                .filter(g -> g.get("group").getAsString().equals("kpi-svc")).findFirst().orElseThrow();
        assertThat(group.getAsJsonObject("figures").get("incidents").getAsLong()).isEqualTo(1);
        assertThat(group.getAsJsonObject("figures").get("nearMisses").getAsLong()).isEqualTo(1);
        assertThat(hub.http.get("/api/v1/kpis", reader()).json().getAsJsonObject("total").get("incidents").getAsLong()).isPositive();
        assertThat(hub.http.get("/api/v1/rollups?by=colour", reader()).status()).isEqualTo(400);
    }

    private static String reader() {
        return reporter;
    }
}
