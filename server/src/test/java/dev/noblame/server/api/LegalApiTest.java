package dev.noblame.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.noblame.server.auth.Role;
import dev.noblame.server.support.Http.Answer;
import dev.noblame.server.support.RunningHub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regulatory clocks, filings and legal hold over real HTTP against a hub on embedded H2. */
class LegalApiTest {
    @TempDir
    static Path dir;
    static RunningHub hub;
    static String legal;
    static String responder;

    @BeforeAll
    static void start() {
        hub = RunningHub.start(dir);
        legal = hub.token(Role.LEGAL);
        responder = hub.token(Role.RESPONDER);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private static String incident() {
        Answer a = hub.http.post("/api/v1/reports", responder, "{\"whatHappened\":\"Customer export bucket was public\","
                + "\"service\":\"exports\",\"severity\":\"SEV1\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.field("id");
    }

    private static JsonObject deadline(Answer clocks, String regime, String id) {
        for (JsonElement e : clocks.json().getAsJsonArray("deadlines")) {
            JsonObject d = e.getAsJsonObject();
            if (d.get("regime").getAsString().equals(regime) && d.get("id").getAsString().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no " + regime + "/" + id + " deadline in " + clocks.body());
    }

    @Test
    void a_gdpr_trigger_shows_the_notification_due_72_hours_after_awareness() {
        String id = incident();
        Instant aware = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

        Answer created = hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal,
                "{\"regime\":\"gdpr\",\"awareAt\":\"" + aware + "\"}");
        Answer clocks = hub.http.get("/api/v1/incidents/" + id + "/regulatory-clocks", responder);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(clocks.status()).isEqualTo(200);
        JsonObject notification = deadline(clocks, "gdpr", "notification");
        assertThat(Instant.parse(notification.get("due").getAsString())).isEqualTo(aware.plus(Duration.ofHours(72)));
        assertThat(notification.get("state").getAsString()).isEqualTo("on_track");
    }

    @Test
    void an_sec_8k_is_due_four_us_business_days_after_the_determination_by_the_edgar_cutoff() {
        String id = incident();
        // Friday 20 Nov 2026, 10:00 New York. Business days: Mon 23, Tue 24, Wed 25, (Thanksgiving Thu 26), Fri 27.
        Answer created = hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal,
                "{\"regime\":\"sec8k\",\"determinedAt\":\"2026-11-20T15:00:00Z\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject form = deadline(created, "sec8k", "form_8k");
        assertThat(form.get("due").getAsString()).isEqualTo("2026-11-27T22:30:00Z");
    }

    @Test
    void a_filing_moves_its_deadline_to_met_and_leaves_the_others_outstanding() {
        String id = incident();
        Instant aware = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal, "{\"regime\":\"nis2\",\"awareAt\":\"" + aware + "\"}");

        Answer filed = hub.http.post("/api/v1/incidents/" + id + "/filings", legal,
                "{\"regime\":\"nis2\",\"deadline\":\"early_warning\",\"reference\":\"CSIRT-2026-118\"}");

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        Answer clocks = hub.http.get("/api/v1/incidents/" + id + "/regulatory-clocks", legal);
        assertThat(deadline(clocks, "nis2", "early_warning").get("state").getAsString()).isEqualTo("met");
        assertThat(deadline(clocks, "nis2", "notification").get("state").getAsString()).isEqualTo("on_track");
        assertThat(types(id)).contains("compliance.clock_started", "compliance.filing_recorded");
    }

    @Test
    void a_filing_for_a_deadline_the_regime_does_not_have_is_400_naming_deadline() {
        String id = incident();
        hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal,
                "{\"regime\":\"gdpr\",\"awareAt\":\"" + Instant.now().minusSeconds(60) + "\"}");

        Answer a = hub.http.post("/api/v1/incidents/" + id + "/filings", legal, "{\"regime\":\"gdpr\",\"deadline\":\"form_8k\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().getAsJsonObject("fields").has("deadline")).isTrue();
    }

    @Test
    void a_filing_for_a_regime_not_triggered_is_a_conflict() {
        String id = incident();

        Answer a = hub.http.post("/api/v1/incidents/" + id + "/filings", legal, "{\"regime\":\"dora\",\"deadline\":\"initial\"}");

        assertThat(a.status()).isEqualTo(409);
    }

    @Test
    void placing_and_releasing_a_hold_are_recorded_on_the_evidence_chain() {
        String id = incident();

        Answer placed = hub.http.post("/api/v1/incidents/" + id + "/legal-hold", legal, "{\"reason\":\"Litigation notice 2026-44\"}");
        Answer whileHeld = hub.http.get("/api/v1/incidents/" + id + "/legal-hold", responder);
        Answer twice = hub.http.post("/api/v1/incidents/" + id + "/legal-hold", legal, "{\"reason\":\"again\"}");
        Answer released = hub.http.delete("/api/v1/incidents/" + id + "/legal-hold", legal);
        Answer after = hub.http.get("/api/v1/incidents/" + id + "/regulatory-clocks", responder);

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(whileHeld.json().get("active").getAsBoolean()).isTrue();
        assertThat(whileHeld.field("reason")).isEqualTo("Litigation notice 2026-44");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(after.json().getAsJsonObject("legalHold").get("active").getAsBoolean()).isFalse();
        assertThat(types(id)).containsSubsequence("compliance.legal_hold_placed", "compliance.legal_hold_released");
        assertThat(hub.hub.app().evidence().verify().ok()).isTrue();
    }

    @Test
    void releasing_a_hold_that_is_not_there_is_a_conflict() {
        assertThat(hub.http.delete("/api/v1/incidents/" + incident() + "/legal-hold", legal).status()).isEqualTo(409);
    }

    @Test
    void a_bad_regime_is_400_naming_regime() {
        Answer a = hub.http.post("/api/v1/incidents/" + incident() + "/legal-triggers", legal,
                "{\"regime\":\"hipaa\",\"awareAt\":\"2026-01-01T00:00:00Z\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().getAsJsonObject("fields").get("regime").getAsString()).contains("gdpr|nis2|sec8k|dora");
    }

    @Test
    void each_regime_names_the_instant_it_counts_from_when_it_is_missing() {
        String id = incident();

        Answer sec = hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal, "{\"regime\":\"sec8k\"}");
        Answer dora = hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal, "{\"regime\":\"dora\"}");
        Answer gdpr = hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal, "{\"regime\":\"gdpr\"}");

        assertThat(sec.json().getAsJsonObject("fields").has("determinedAt")).as(sec.body()).isTrue();
        assertThat(dora.json().getAsJsonObject("fields").has("classifiedAt")).as(dora.body()).isTrue();
        assertThat(gdpr.json().getAsJsonObject("fields").has("awareAt")).as(gdpr.body()).isTrue();
    }

    @Test
    void the_same_regime_cannot_be_triggered_twice_and_an_unknown_incident_is_404() {
        String id = incident();
        String body = "{\"regime\":\"dora\",\"classifiedAt\":\"" + Instant.now().minusSeconds(600) + "\"}";

        assertThat(hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal, body).status()).isEqualTo(201);
        assertThat(hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", legal, body).status()).isEqualTo(409);
        assertThat(hub.http.post("/api/v1/incidents/INC-999999/legal-triggers", legal, body).status()).isEqualTo(404);
        assertThat(hub.http.get("/api/v1/incidents/INC-999999/regulatory-clocks", legal).status()).isEqualTo(404);
    }

    @Test
    void responders_read_the_clocks_but_only_legal_starts_them_or_holds() {
        String id = incident();

        assertThat(hub.http.get("/api/v1/incidents/" + id + "/regulatory-clocks", responder).status()).isEqualTo(200);
        assertThat(hub.http.post("/api/v1/incidents/" + id + "/legal-triggers", responder,
                "{\"regime\":\"gdpr\",\"awareAt\":\"2026-01-01T00:00:00Z\"}").status()).isEqualTo(403);
        assertThat(hub.http.post("/api/v1/incidents/" + id + "/legal-hold", responder, "{\"reason\":\"x\"}").status()).isEqualTo(403);
    }

    private static List<String> types(String id) {
        JsonArray items = hub.http.get("/api/v1/incidents/" + id + "/evidence", legal).json().getAsJsonArray("items");
        List<String> out = new ArrayList<>();
        items.forEach(e -> out.add(e.getAsJsonObject().get("type").getAsString()));
        return out;
    }
}
