package dev.noblame.server.confluence;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.server.Hub;
import dev.noblame.server.auth.Role;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import dev.noblame.server.support.Http;
import dev.noblame.server.usecase.EditingPostmortem;
import dev.noblame.server.usecase.ReportingIncident;
import dev.noblame.server.usecase.TransitioningPostmortem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub publishing to a fake Confluence Cloud through the outbox, and previewing macros. */
class ConfluenceHubTest {
    private static final String SECRET = "AKIAZ7Q3EXAMPLEKEY12";

    @TempDir
    static Path dir;
    static WireMockServer confluence;
    static Hub hub;
    static Http http;
    static String reader;

    @BeforeAll
    static void start() {
        confluence = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        confluence.start();
        confluence.stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces")).willReturn(okJson("{\"results\":[{\"id\":\"65537\"}]}")));
        confluence.stubFor(get(urlPathEqualTo("/wiki/api/v2/pages")).willReturn(okJson("{\"results\":[]}")));
        confluence.stubFor(post(urlPathEqualTo("/wiki/api/v2/pages"))
                .willReturn(okJson("{\"id\":\"777\",\"title\":\"t\",\"version\":{\"number\":1}}")));
        confluence.stubFor(post(urlPathEqualTo("/wiki/rest/api/content/777/label")).willReturn(okJson("{\"results\":[]}")));
        confluence.stubFor(get(urlPathEqualTo("/wiki/rest/api/content/777/property/noblame-postmortem")).willReturn(aResponse().withStatus(404)));
        confluence.stubFor(post(urlPathEqualTo("/wiki/rest/api/content/777/property")).willReturn(okJson("{}")));
        Map<String, String> settings = Map.of("server.port", "0", "data.dir", dir.toString(), "scheduler.enabled", "false",
                "confluence.url", confluence.baseUrl(), "confluence.deployment", "cloud", "confluence.email", "bot@example.com",
                "confluence.token", "t0ken", "confluence.space", "OPS");
        hub = Hub.create(Settings.of(settings), Integrations.standard());
        hub.withWeb(MacroPages.of(hub)::configure).start();
        http = new Http("http://localhost:" + hub.port());
        reader = hub.tokens().create("reader", Role.REPORTER).secret();
    }

    @AfterAll
    static void stop() {
        hub.close();
        confluence.stop();
    }

    @Test
    void publishing_a_postmortem_in_the_hub_publishes_its_redacted_page_through_the_outbox() {
        Incident incident = publishedPostmortem("Key " + SECRET + " leaked in a build log");

        var round = hub.outboxWorker().drain(java.time.Duration.ofSeconds(30));

        assertThat(round.delivered()).isGreaterThanOrEqualTo(1);
        var creates = confluence.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/wiki/api/v2/pages")))
                .stream().filter(r -> r.getBodyAsString().contains("\"title\":\"" + incident.id() + ": ")).toList();
        assertThat(creates).hasSize(1);
        assertThat(creates.get(0).getBodyAsString()).contains("ac:name=\\\"details\\\"", "leaked in a build log").doesNotContain(SECRET);
        assertThat(hub.app().tx().inTransaction(() -> hub.app().incidents().find(incident.id())).orElseThrow()
                .links().confluencePageId()).hasValue("777");
    }

    @Test
    void the_macro_preview_is_an_html_page_and_storage_format_on_request() {
        Incident incident = publishedPostmortem("Checkout errors");

        Http.Answer preview = http.get("/macros/postmortem?incident=" + incident.id(), reader);
        Http.Answer storage = http.get("/macros/postmortem?format=storage&incident=" + incident.id(), reader);
        Http.Answer rollup = http.get("/macros/rollup?by=team", reader);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).startsWith("<!DOCTYPE html>").contains("status-yellow", "Checkout errors");
        assertThat(storage.body()).startsWith("<ac:structured-macro ac:name=\"details\"");
        assertThat(rollup.status()).isEqualTo(200);
        assertThat(rollup.body()).contains("<th>Team</th>");
    }

    @Test
    void every_macro_has_a_preview_and_a_storage_form() {
        publishedPostmortem("Search latency");

        for (String query : new String[] {"action-items?service=checkout", "kpi-trend?from=2026-01-01&to=2026-12-31",
                "near-miss-trend?by=team", "postmortem-index", "rollup?by=category"}) {
            Http.Answer preview = http.get("/macros/" + query, reader);
            Http.Answer storage = http.get("/macros/" + query + (query.contains("?") ? "&" : "?") + "format=storage", reader);
            assertThat(preview.status()).as(query + ": " + preview.body()).isEqualTo(200);
            assertThat(preview.body()).as(query).startsWith("<!DOCTYPE html>");
            assertThat(storage.status()).as(query).isEqualTo(200);
            assertThat(storage.body()).as(query).doesNotContain("<!DOCTYPE");
        }
        assertThat(http.get("/macros/postmortem-index?format=storage", reader).body()).contains("ac:name=\"detailssummary\"");
        assertThat(http.get("/macros/action-items", reader).status()).isEqualTo(400);
        assertThat(http.get("/macros/rollup?from=2026-05-01&to=2026-04-01", reader).status()).isEqualTo(400);
    }

    @Test
    void the_preview_needs_a_signed_in_reader_and_names_bad_input() {
        assertThat(http.get("/macros/postmortem?incident=INC-1", null).status()).isEqualTo(401);
        assertThat(http.get("/macros/postmortem", reader).status()).isEqualTo(400);
        assertThat(http.get("/macros/postmortem?incident=INC-999", reader).status()).isEqualTo(404);
        assertThat(http.get("/macros/nonsense", reader).status()).isEqualTo(404);
    }

    private static Incident publishedPostmortem(String title) {
        var app = hub.app();
        Incident incident = new ReportingIncident(app).handle(new ReportingIncident.Command(new Report(IncidentKind.INCIDENT, title,
                Instant.parse("2026-03-01T14:00:00Z"), "checkout", Severity.SEV2, "payments", "production", Reporter.named("alice"), null)));
        new EditingPostmortem(app).handle(new EditingPostmortem.Command(incident.id(),
                Map.of(Section.SUMMARY, "What happened: " + title), null, Set.of("bob"), "alice"));
        var move = new TransitioningPostmortem(app);
        move.handle(new TransitioningPostmortem.Command(incident.id(), PostmortemStatus.IN_REVIEW, "alice", null));
        move.handle(new TransitioningPostmortem.Command(incident.id(), PostmortemStatus.APPROVED, "bob", null));
        move.handle(new TransitioningPostmortem.Command(incident.id(), PostmortemStatus.PUBLISHED, "bob", null));
        return incident;
    }
}
