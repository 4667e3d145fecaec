package dev.noblame.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.auth.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.nodes.Document;

class ReportPageTest {
    @TempDir
    static Path dir;
    static WebHub hub;

    @BeforeAll
    static void start() {
        hub = WebHub.start(dir);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void the_report_form_needs_no_sign_in_and_labels_every_input() {
        Browser.Page page = hub.browser().get("/report");

        assertThat(page.status()).isEqualTo(200);
        Document doc = page.doc();
        assertThat(doc.select("form[action=/report] input[name=_csrf]").attr("value")).isNotBlank();
        doc.select("input:not([type=hidden]), select, textarea").forEach(input -> {
            String id = input.id();
            boolean wrapped = input.closest("label") != null;
            assertThat(wrapped || !doc.select("label[for=" + id + "]").isEmpty())
                    .as("input %s has a label", input.attr("name")).isTrue();
        });
    }

    @Test
    void report_is_one_click_from_every_page() {
        Browser b = hub.signedIn(Role.ADMIN);
        for (String path : List.of("/report", "/incidents", "/dashboard", "/admin", "/signin")) {
            Document doc = b.get(path).doc();
            assertThat(doc.select("header nav a[href=/report]").text()).as(path).isEqualTo("Report");
        }
    }

    @Test
    void a_near_miss_reported_without_sign_in_becomes_an_anonymous_incident_and_the_thanks_say_it_is_non_punitive() {
        Browser b = hub.browser();
        b.get("/report");

        Browser.Page answer = b.post("/report", Map.of("kind", "near_miss", "whatHappened", "Backup job nearly filled the disk\nCaught at 95%.",
                "service", "backups"));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).startsWith("/report/thanks/INC-");
        IncidentId id = IncidentId.parse(answer.location().replaceAll(".*/(INC-\\d+).*", "$1"));
        Incident stored = hub.hub.app().incidents().find(id).orElseThrow();
        assertThat(stored.kind()).isEqualTo(IncidentKind.NEAR_MISS);
        assertThat(stored.title()).isEqualTo("Backup job nearly filled the disk");
        assertThat(stored.reporter().isAnonymous()).isTrue();

        Document thanks = b.get(answer.location()).doc();
        assertThat(thanks.text()).contains("non-punitive").contains("What happens next").contains(id.toString());
    }

    @Test
    void a_signed_in_reporter_who_ticks_anonymous_is_not_recorded_and_one_who_does_not_is() {
        Browser b = hub.signedIn(Role.REPORTER);
        b.get("/report");
        String anonymous = b.post("/report", Map.of("kind", "incident", "whatHappened", "Queue lag on orders", "service", "orders",
                "anonymous", "true")).location();
        b.get("/report");
        String named = b.post("/report", Map.of("kind", "incident", "whatHappened", "Queue lag on invoices", "service", "billing"))
                .location();

        assertThat(reporterOf(anonymous).isAnonymous()).isTrue();
        assertThat(reporterOf(named).userId()).contains("test reporter");
    }

    @Test
    void a_refused_report_comes_back_with_what_was_typed_and_the_field_named() {
        Browser b = hub.browser();
        b.get("/report");

        Browser.Page answer = b.post("/report", Map.of("kind", "incident", "whatHappened", "Checkout slow", "service", ""));

        assertThat(answer.status()).isEqualTo(400);
        Document doc = answer.doc();
        assertThat(doc.select("#service-error").text()).contains("Which service?").contains("is required");
        assertThat(doc.select("#whatHappened").text()).isEqualTo("Checkout slow");
        assertThat(doc.select("#service").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_changes_nothing() {
        Browser b = hub.browser();
        b.get("/report");
        long before = hub.hub.app().incidents().count(IncidentQuery.all());

        Browser.Page answer = b.postRaw("/report", Map.of("kind", "incident", "whatHappened", "forged", "service", "x"));
        Browser.Page wrong = b.postRaw("/report", Map.of("_csrf", "A".repeat(43), "kind", "incident", "whatHappened", "forged",
                "service", "x"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(hub.hub.app().incidents().count(IncidentQuery.all())).isEqualTo(before);
    }

    @Test
    void an_anonymous_report_leaves_no_address_or_browser_details_anywhere_in_the_database() {
        Browser b = hub.browser();
        b.get("/report");
        b.post("/report", Map.of("kind", "incident", "whatHappened", "Login page timed out", "service", "identity"));

        // The test browser sends "marker-ua-5150" in its User-Agent and comes from 127.0.0.1.
        List<String> hits = new java.util.ArrayList<>();
        hub.hub.app().database().jdbi().useHandle(h -> {
            List<String> tables = h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                    .mapTo(String.class).list();
            for (String table : tables) {
                for (Map<String, Object> row : h.createQuery("SELECT * FROM \"" + table + "\"").mapToMap().list()) {
                    row.forEach((column, value) -> {
                        String text = String.valueOf(value);
                        if (text.contains("marker-ua-5150") || text.contains("NoBlameTestAgent") || text.contains("127.0.0.1")) {
                            hits.add(table + "." + column);
                        }
                    });
                }
            }
        });
        assertThat(hits).isEmpty();
    }

    private static dev.noblame.incident.Reporter reporterOf(String location) {
        IncidentId id = IncidentId.parse(location.replaceAll(".*/(INC-\\d+).*", "$1"));
        return hub.hub.app().incidents().find(id).orElseThrow().reporter();
    }
}
