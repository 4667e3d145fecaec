package dev.noblame.server.confluence;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.Report;
import dev.noblame.incident.Severity;
import dev.noblame.server.Hub;
import dev.noblame.server.cli.NoBlameCommand;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import dev.noblame.server.usecase.ReportingIncident;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noblame confluence publish|publish-rollup} against a fake Confluence Cloud. */
class ConfluenceCommandTest {
    @TempDir
    static Path dir;
    static WireMockServer confluence;
    static Path config;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** One hub database with INC-1 for all tests; each CLI run opens it like an operator would. */
    @BeforeAll
    static void createHubData() throws Exception {
        confluence = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        confluence.start();
        config = dir.resolve("noblame.yaml");
        Files.writeString(config, "confluence:\n  url: " + confluence.baseUrl() + "\n  deployment: cloud\n  email: bot@example.com\n  token: t0ken\n");
        try (Hub hub = Hub.create(Settings.of(Map.of("data.dir", dir.resolve("data").toString())), Integrations.standard())) {
            new ReportingIncident(hub.app()).handle(new ReportingIncident.Command(new Report(IncidentKind.INCIDENT, "Checkout errors",
                    Instant.parse("2026-03-01T14:00:00Z"), "checkout", Severity.SEV2, "payments", null, null, null)));
        }
    }

    @AfterAll
    static void stopConfluence() {
        confluence.stop();
    }

    @BeforeEach
    void freshConfluence() {
        confluence.resetAll();
        confluence.stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces")).willReturn(okJson("{\"results\":[{\"id\":\"65537\"}]}")));
        confluence.stubFor(get(urlPathEqualTo("/wiki/api/v2/pages")).willReturn(okJson("{\"results\":[]}")));
        confluence.stubFor(post(urlPathEqualTo("/wiki/api/v2/pages")).willReturn(okJson("{\"id\":\"777\",\"version\":{\"number\":1}}")));
        confluence.stubFor(post(urlPathMatching("/wiki/rest/api/content/777/(label|property)")).willReturn(okJson("{}")));
        confluence.stubFor(get(urlPathEqualTo("/wiki/rest/api/content/777/property/noblame-postmortem")).willReturn(aResponse().withStatus(404)));
    }

    private int run(String... args) {
        var cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void publish_creates_the_page_through_the_outbox_and_names_it() {
        int code = run("confluence", "publish", "INC-1", "--space", "OPS", "--parent", "42",
                "--data", dir.resolve("data").toString(), "--config", config.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("published: page 777 version 1");
        assertThat(confluence.findAll(postRequestedFor(urlPathEqualTo("/wiki/api/v2/pages"))).get(0).getBodyAsString())
                .contains("\"title\":\"INC-1: Checkout errors\"", "\"parentId\":\"42\"");
    }

    @Test
    void publish_rollup_creates_a_rollup_page() {
        int code = run("confluence", "publish-rollup", "--space", "OPS", "--title", "Q1 by team", "--by", "team",
                "--from", "2026-01-01", "--to", "2026-03-31", "--data", dir.resolve("data").toString(), "--config", config.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(confluence.findAll(postRequestedFor(urlPathEqualTo("/wiki/api/v2/pages"))).get(0).getBodyAsString())
                .contains("\"title\":\"Q1 by team\"", "<th>Team</th>", "payments");
    }

    @Test
    void an_unknown_incident_is_bad_input() {
        assertThat(run("confluence", "publish", "INC-9", "--space", "OPS", "--data", dir.resolve("data").toString(),
                "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no incident INC-9");
    }

    @Test
    void without_confluence_settings_it_says_which_key_to_set() {
        assertThat(run("confluence", "publish", "INC-1", "--space", "OPS", "--data", dir.resolve("data").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("confluence.url");
    }

    @Test
    void a_refusing_confluence_is_exit_1_with_its_answer() {
        confluence.stubFor(post(urlPathEqualTo("/wiki/api/v2/pages")).willReturn(aResponse().withStatus(403).withBody("{\"message\":\"no\"}")));

        assertThat(run("confluence", "publish", "INC-1", "--space", "OPS", "--data", dir.resolve("data").toString(),
                "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("HTTP 403");
    }
}
