package dev.noblame.server.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.server.auth.Role;
import dev.noblame.server.support.Http;
import dev.noblame.server.support.RunningHub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub with the Jenkins integration against a WireMock Jenkins: intake to incident to build page. */
class JenkinsIntegrationTest {
    private static final String TOKEN = "ci-eu-intake-token-0123456789";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private WireMockServer jenkins;
    private RunningHub hub;
    private String base;

    @BeforeEach
    void start() {
        jenkins = new WireMockServer(wireMockConfig().dynamicPort());
        jenkins.start();
        hub = RunningHub.start(dir, Map.of(
                "jenkins.url", "http://localhost:" + jenkins.port() + "/",
                "jenkins.user", "noblame",
                "jenkins.token", "jenkins-api-token-1",
                "jenkins.intake_tokens", "ci-eu:" + TOKEN,
                "jenkins.description.link_base", "https://noblame.example.com/"));
        base = "http://localhost:" + hub.hub.port();
    }

    @AfterEach
    void stop() {
        hub.close();
        jenkins.stop();
    }

    private Http.Answer call(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("X-NoBlame-Token", token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(r.statusCode(), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String reportIncident(String service, String severity) {
        Http.Answer a = hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"Checkout errors spike\",\"service\":\"" + service
                + "\",\"severity\":\"" + severity + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.field("id");
    }

    private static String libraryReport(String service, String state, int build, Instant started) {
        return "{\"service\":\"" + service + "\",\"environment\":\"production\",\"state\":\"" + state + "\","
                + "\"pipeline\":\"shop/" + service + "/deploy\",\"buildNumber\":" + build + ","
                + "\"buildUrl\":\"http://localhost:1/job/" + service + "/" + build + "/\",\"startedAt\":\"" + started + "\"}";
    }

    @Test
    void a_failed_production_deployment_is_linked_to_the_open_incident_and_written_on_the_build_page() {
        String incident = reportIncident("checkout", "sev3");
        Instant started = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        Http.Answer a = call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN, libraryReport("checkout", "failed", 42, started));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.field("outcome")).isEqualTo("linked");
        assertThat(a.field("incident")).isEqualTo(incident);
        assertThat(a.json().getAsJsonArray("ranking").get(0).getAsJsonObject().getAsJsonArray("reasons").toString())
                .contains("same service 'checkout'");

        String reader = hub.token(Role.RESPONDER);
        JsonObject shown = hub.http.get("/api/v1/incidents/" + incident, reader).json();
        assertThat(shown.getAsJsonObject("links").getAsJsonArray("buildUrls").toString()).contains("/job/checkout/42/");
        assertThat(hub.http.get("/api/v1/incidents/" + incident + "/timeline", reader).body()).contains("Failed deployment linked");

        jenkins.stubFor(get(urlPathEqualTo("/job/checkout/42/api/json")).willReturn(okJson("{\"description\":null}")));
        jenkins.stubFor(post(urlEqualTo("/job/checkout/42/submitDescription"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", ".")));
        hub.hub.outboxWorker().deliverDue();

        jenkins.verify(postRequestedFor(urlEqualTo("/job/checkout/42/submitDescription"))
                .withRequestBody(containing("incident+" + incident)));
    }

    @Test
    void a_notification_plugin_failure_with_no_incident_opens_a_candidate_and_a_replay_changes_nothing() {
        String body = "{\"name\":\"billing-deploy\",\"build\":{\"full_url\":\"http://localhost:1/job/billing-deploy/7/\","
                + "\"number\":7,\"phase\":\"COMPLETED\",\"status\":\"FAILURE\",\"timestamp\":" + Instant.now().minusSeconds(300).toEpochMilli()
                + ",\"parameters\":{\"NOBLAME_SERVICE\":\"billing\"}}}";

        Http.Answer first = call("POST", "/api/v1/integrations/jenkins/notifications?token=" + TOKEN, null, body);
        Http.Answer finalized = call("POST", "/api/v1/integrations/jenkins/notifications?token=" + TOKEN, null,
                body.replace("COMPLETED", "FINALIZED"));
        Http.Answer queued = call("POST", "/api/v1/integrations/jenkins/notifications?token=" + TOKEN, null,
                body.replace("COMPLETED", "QUEUED"));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.field("outcome")).isEqualTo("candidate_opened");
        assertThat(finalized.field("incident")).isEqualTo(first.field("incident"));
        assertThat(finalized.json().get("replayed").getAsBoolean()).isTrue();
        assertThat(queued.status()).isEqualTo(202);
        JsonObject opened = hub.http.get("/api/v1/incidents/" + first.field("incident"), hub.token(Role.RESPONDER)).json();
        assertThat(opened.get("severity").getAsString()).isEqualTo("sev3");
        assertThat(opened.get("title").getAsString()).startsWith("Deployment failure: billing");
        assertThat(hub.http.get("/api/v1/incidents?service=billing", hub.token(Role.RESPONDER)).body()).contains(first.field("incident"));
    }

    @Test
    void intake_needs_a_known_token_and_refuses_bad_payloads_by_field() {
        String ok = libraryReport("checkout", "failed", 1, Instant.now().minusSeconds(60));

        assertThat(call("POST", "/api/v1/integrations/jenkins/deployments", null, ok).status()).isEqualTo(401);
        assertThat(call("POST", "/api/v1/integrations/jenkins/deployments", "wrong-token-000000000", ok).status()).isEqualTo(401);
        Http.Answer bad = call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN,
                "{\"service\":\"<script>alert(1)</script>\",\"environment\":7,\"state\":\"failed\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getAsJsonObject("fields").keySet()).contains("service", "environment", "pipeline", "buildNumber", "startedAt");
        Http.Answer huge = call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN,
                "{\"service\":\"" + "x".repeat(300_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
    }

    @Test
    void the_gate_denies_a_production_deploy_during_a_sev2_and_an_override_lets_it_through() {
        String incident = reportIncident("checkout", "sev2");
        long entriesBefore = hub.hub.app().evidence().verify().entriesChecked();

        Http.Answer denied = call("GET", "/api/v1/gate?service=checkout&environment=production", TOKEN, null);
        Http.Answer staging = call("GET", "/api/v1/gate?service=checkout&environment=staging", TOKEN, null);
        Http.Answer other = call("GET", "/api/v1/gate?service=billing&environment=production", TOKEN, null);
        Http.Answer overridden = call("POST", "/api/v1/integrations/jenkins/gate/overrides", TOKEN,
                "{\"service\":\"checkout\",\"environment\":\"production\",\"reason\":\"hotfix for " + incident + "\",\"by\":\"alice\"}");

        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.json().get("allowed").getAsBoolean()).isFalse();
        assertThat(denied.json().getAsJsonArray("reasons").toString()).contains(incident, "SEV2");
        assertThat(staging.json().get("allowed").getAsBoolean()).isTrue();
        assertThat(other.json().get("allowed").getAsBoolean()).isTrue();
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        assertThat(overridden.json().get("overridden").getAsBoolean()).isTrue();
        assertThat(hub.hub.app().evidence().verify().entriesChecked()).as("the override is on the evidence chain")
                .isEqualTo(entriesBefore + 1);
        assertThat(call("GET", "/api/v1/gate?service=checkout&environment=production", null, null).status()).isEqualTo(401);
        assertThat(hub.http.get("/api/v1/gate?service=checkout&environment=production", hub.token(Role.RESPONDER)).status())
                .as("a signed-in person may ask too").isEqualTo(200);
    }

    @Test
    void a_pipeline_declares_an_incident_linked_to_its_build_and_dora_counts_the_failure() {
        Http.Answer declared = call("POST", "/api/v1/integrations/jenkins/incidents", TOKEN,
                "{\"title\":\"Smoke tests fail\",\"severity\":\"SEV2\",\"service\":\"checkout\",\"buildUrl\":\"http://localhost:1/job/c/9/\"}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String incident = declared.field("incident");
        call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN,
                libraryReport("checkout", "failed", 10, Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS)));

        String reader = hub.token(Role.RESPONDER);
        Http.Answer dora = hub.http.get("/api/v1/integrations/jenkins/dora?service=checkout", reader);
        Http.Answer correlations = hub.http.get("/api/v1/integrations/jenkins/correlations?incident=" + incident, reader);

        assertThat(dora.status()).as(dora.body()).isEqualTo(200);
        JsonObject checkout = dora.json().getAsJsonObject("services").getAsJsonObject("checkout");
        assertThat(checkout.get("productionDeployments").getAsLong()).isEqualTo(1);
        assertThat(checkout.get("changeFailures").getAsLong()).isEqualTo(1);
        // two decisions concern it: no suspect when it was declared, then the failed deployment linked to it
        assertThat(correlations.json().getAsJsonArray("correlations")).extracting(c -> c.getAsJsonObject().get("outcome").getAsString())
                .containsExactly("nothing_to_link", "linked");
        assertThat(JsonParser.parseString(hub.http.get("/api/v1/incidents/" + incident, reader).body()).getAsJsonObject()
                .getAsJsonObject("links").getAsJsonArray("buildUrls").toString()).contains("/job/c/9/", "/job/checkout/10/");
    }

    @Test
    void the_kpis_count_a_linked_failure_as_a_change_failure_and_a_near_miss_not() {
        reportIncident("checkout", "sev3");
        Instant started = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN, libraryReport("checkout", "failed", 1, started));
        call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN, libraryReport("payments", "rolled_back", 2, started)
                .replace("}", ",\"automaticRollback\":true}"));
        call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN, libraryReport("payments", "successful", 3, started));

        Http.Answer rollup = hub.http.get("/api/v1/rollups?by=service", hub.token(Role.RESPONDER));

        assertThat(rollup.status()).as(rollup.body()).isEqualTo(200);
        JsonObject delivery = rollup.json().getAsJsonObject("total").getAsJsonObject("delivery");
        assertThat(delivery.get("productionDeployments").getAsLong()).isEqualTo(3);
        assertThat(delivery.get("changeFailures").getAsLong()).isEqualTo(1);
    }

    @Test
    void a_new_incident_lists_the_deployment_just_before_it_as_a_suspect() {
        call("POST", "/api/v1/integrations/jenkins/deployments", TOKEN,
                libraryReport("search", "successful", 3, Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS)));

        String incident = reportIncident("search", "sev3");

        String timeline = hub.http.get("/api/v1/incidents/" + incident + "/timeline", hub.token(Role.RESPONDER)).body();
        assertThat(timeline).contains("Suspect deployment", "/job/search/3/");
    }
}
