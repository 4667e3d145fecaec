package dev.noblame.jira.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.google.gson.JsonObject;
import dev.noblame.jira.fake.JiraTestbed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JiraHttpTest {
    private JiraTestbed bed;

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void cloud_calls_use_rest_v3_and_basic_auth_with_email_and_token() {
        bed = JiraTestbed.cloud();
        bed.http().get("/issuetype");
        bed.wiremock.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issuetype"))
                .withHeader("Authorization", equalTo("Basic Ym90QGV4YW1wbGUuY29tOmNsb3VkLXRva2Vu")));
    }

    @Test
    void data_center_calls_use_rest_v2_and_a_bearer_personal_access_token() {
        bed = JiraTestbed.dataCenter();
        bed.http().get("/issuetype");
        bed.wiremock.verify(getRequestedFor(urlPathEqualTo("/rest/api/2/issuetype")).withHeader("Authorization", equalTo("Bearer dc-pat")));
    }

    @Test
    void a_429_with_retry_after_waits_as_long_as_jira_asks_then_succeeds() {
        bed = JiraTestbed.cloud();
        bed.wiremock.stubFor(get(urlPathEqualTo("/rest/api/3/issuetype")).atPriority(1).inScenario("throttle")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        JiraHttp http = bed.http();
        assertThat(http.get("/issuetype").isJsonArray()).isTrue();

        assertThat(bed.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(http.requestCount()).isEqualTo(2);
    }

    @Test
    void a_429_with_x_ratelimit_reset_waits_until_the_reset_time() {
        bed = JiraTestbed.cloud();
        bed.wiremock.stubFor(get(urlPathEqualTo("/rest/api/3/issuetype")).atPriority(1).inScenario("throttle")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "2026-03-02T09:00:12Z")));

        bed.http().get("/issuetype");

        assertThat(bed.waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void a_503_without_a_hint_backs_off_exponentially_with_jitter_and_gives_up_after_the_bound() {
        bed = JiraTestbed.cloud().with("jira.max_retries", "3");
        bed.wiremock.stubFor(get(urlPathEqualTo("/rest/api/3/issuetype")).atPriority(1).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> bed.http().get("/issuetype"))
                .isInstanceOfSatisfying(JiraCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(JiraCallException.Kind.UNAVAILABLE);
                    assertThat(e.retryable()).isTrue();
                });
        bed.wiremock.verify(4, getRequestedFor(urlPathEqualTo("/rest/api/3/issuetype")));
        assertThat(bed.waits).hasSize(3);
        // base 100 ms: retry n waits within [50%, 100%] of 100·2^n
        for (int n = 0; n < 3; n++) {
            long ceiling = 100L << n;
            assertThat(bed.waits.get(n).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void a_create_that_failed_with_a_server_error_is_not_repeated_blindly() {
        bed = JiraTestbed.cloud();
        bed.wiremock.stubFor(post(urlPathEqualTo("/rest/api/3/issue")).atPriority(1).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> bed.http().post("/issue", new JsonObject(), false))
                .isInstanceOfSatisfying(JiraCallException.class, e -> assertThat(e.kind()).isEqualTo(JiraCallException.Kind.SERVER_ERROR));
        bed.wiremock.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
    }

    @Test
    void a_read_that_times_out_is_retried_and_every_call_has_a_timeout() {
        bed = JiraTestbed.cloud().with("jira.request_timeout_ms", "200");
        bed.wiremock.stubFor(get(urlPathEqualTo("/rest/api/3/issuetype")).atPriority(1).inScenario("slow")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("fast")
                .willReturn(aResponse().withFixedDelay(1500).withBody("[]")));

        assertThat(bed.http().get("/issuetype").isJsonArray()).isTrue();
        bed.wiremock.verify(2, getRequestedFor(urlPathEqualTo("/rest/api/3/issuetype")));
    }

    @Test
    void a_401_says_the_credentials_are_wrong_and_names_host_call_and_status() {
        bed = JiraTestbed.cloud();
        bed.wiremock.stubFor(get(urlPathEqualTo("/rest/api/3/field")).atPriority(1).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> bed.http().get("/field"))
                .isInstanceOfSatisfying(JiraCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(JiraCallException.Kind.CREDENTIALS);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.call()).isEqualTo("GET /rest/api/3/field");
                    assertThat(e.host()).startsWith("localhost:");
                })
                .hasMessageContaining("credentials").hasMessageContaining("jira.token").hasMessageContaining("HTTP 401");
    }

    @Test
    void a_403_says_which_permission_is_missing() {
        bed = JiraTestbed.dataCenter();
        bed.wiremock.stubFor(post(urlPathEqualTo("/rest/api/2/issuetype")).atPriority(1).willReturn(aResponse().withStatus(403)
                .withBody("{\"errorMessages\":[\"You are not authorized to perform this operation.\"]}")));

        assertThatThrownBy(() -> bed.http().post("/issuetype", new JsonObject(), false))
                .hasMessageContaining("permission").hasMessageContaining("Jira administrator")
                .hasMessageContaining("POST /rest/api/2/issuetype").hasMessageContaining("You are not authorized");
    }

    @Test
    void a_404_on_the_project_says_the_project_is_missing_or_hidden() {
        bed = JiraTestbed.cloud();
        assertThatThrownBy(() -> new JiraClient(bed.http()).project("NOPE"))
                .isInstanceOfSatisfying(JiraCallException.class, e -> assertThat(e.kind()).isEqualTo(JiraCallException.Kind.NOT_FOUND))
                .hasMessageContaining("jira.project").hasMessageContaining("No project could be found with key 'NOPE'");
    }

    @Test
    void no_more_requests_are_in_flight_than_the_cap_allows() throws Exception {
        bed = JiraTestbed.cloud().with("jira.max_concurrent", "3");
        bed.jira.latency(50);
        JiraHttp http = bed.http();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                calls.add(pool.submit(() -> http.get("/issuetype")));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(bed.jira.maxInFlight()).isBetween(2, 3);
        assertThat(http.requestCount()).isEqualTo(36);
    }
}
