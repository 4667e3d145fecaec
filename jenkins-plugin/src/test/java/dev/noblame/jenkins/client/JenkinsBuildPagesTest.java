package dev.noblame.jenkins.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.noblame.jenkins.correlation.BuildPageNote;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WireMock plays Jenkins: the build page, its description form and the crumb issuer. */
class JenkinsBuildPagesTest {
    private static final String BUILD = "job/checkout-deploy/42/";
    private static final String LINE = "NoBlame: linked to incident INC-3 - Checkout errors";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("noblame:api-token-123".getBytes(StandardCharsets.UTF_8));

    private WireMockServer jenkins;
    private JenkinsBuildPages pages;
    private String root;

    @BeforeEach
    void start() {
        jenkins = new WireMockServer(wireMockConfig().dynamicPort());
        jenkins.start();
        root = "http://localhost:" + jenkins.port() + "/";
        pages = new JenkinsBuildPages(new JenkinsHttp(URI.create(root), "noblame", "api-token-123", Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        jenkins.stop();
    }

    private void buildHasDescription(String description) {
        jenkins.stubFor(get(urlEqualTo("/" + BUILD + "api/json?tree=description"))
                .willReturn(okJson(description == null ? "{\"_class\":\"x\",\"description\":null}"
                        : "{\"description\":\"" + description + "\"}")));
    }

    private static String form(String text) {
        return "description=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_description_is_written_with_preemptive_basic_auth() {
        buildHasDescription(null);
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription")).willReturn(aResponse().withStatus(302).withHeader("Location", ".")));

        pages.describeBuild(root + BUILD, LINE);

        jenkins.verify(postRequestedFor(urlEqualTo("/" + BUILD + "submitDescription"))
                .withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo(form(LINE))));
        jenkins.verify(getRequestedFor(urlPathEqualTo("/" + BUILD + "api/json")).withHeader("Authorization", equalTo(AUTH)));
    }

    @Test
    void what_the_pipeline_wrote_is_kept_and_the_line_is_added_once() {
        buildHasDescription("deployed 1.4.2");
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription")).willReturn(aResponse().withStatus(200)));

        pages.describeBuild(root + BUILD, LINE);

        jenkins.verify(postRequestedFor(urlEqualTo("/" + BUILD + "submitDescription")).withRequestBody(equalTo(form("deployed 1.4.2\n" + LINE))));
    }

    @Test
    void a_description_that_already_has_the_line_is_not_written_again() {
        buildHasDescription(LINE);

        pages.describeBuild(root + BUILD, LINE);

        jenkins.verify(0, postRequestedFor(urlEqualTo("/" + BUILD + "submitDescription")));
    }

    @Test
    void when_jenkins_asks_for_a_crumb_one_is_fetched_with_its_session_and_the_call_repeated() {
        buildHasDescription(null);
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription")).atPriority(5)
                .willReturn(aResponse().withStatus(403).withBody("<html>Error 403 No valid crumb was included in the request</html>")));
        jenkins.stubFor(get(urlEqualTo("/crumbIssuer/api/json")).willReturn(okJson(
                "{\"_class\":\"hudson.security.csrf.DefaultCrumbIssuer\",\"crumb\":\"c0ffee\",\"crumbRequestField\":\"Jenkins-Crumb\"}")
                .withHeader("Set-Cookie", "JSESSIONID.abc=session-1; Path=/")));
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription")).atPriority(1)
                .withHeader("Jenkins-Crumb", equalTo("c0ffee")).withCookie("JSESSIONID.abc", equalTo("session-1"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", ".")));

        pages.describeBuild(root + BUILD, LINE);

        jenkins.verify(1, getRequestedFor(urlEqualTo("/crumbIssuer/api/json")).withHeader("Authorization", equalTo(AUTH)));
        jenkins.verify(1, postRequestedFor(urlEqualTo("/" + BUILD + "submitDescription")).withHeader("Jenkins-Crumb", equalTo("c0ffee")));
        jenkins.verify(1, postRequestedFor(urlEqualTo("/" + BUILD + "submitDescription")).withHeader("Jenkins-Crumb", absent()));
    }

    @Test
    void a_403_without_a_crumb_complaint_says_which_permission_is_missing_and_is_not_retried() {
        buildHasDescription(null);
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription"))
                .willReturn(aResponse().withStatus(403).withBody("noblame is missing the Run/Update permission")));

        assertThatThrownBy(() -> pages.describeBuild(root + BUILD, LINE))
                .isInstanceOfSatisfying(JenkinsException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.host()).isEqualTo("localhost:" + jenkins.port());
                    assertThat(e.call()).isEqualTo("POST /" + BUILD + "submitDescription");
                    assertThat(e.getMessage()).contains("Run/Update", "'noblame'");
                    assertThat(e.retryable()).isFalse();
                });
        jenkins.verify(0, getRequestedFor(urlEqualTo("/crumbIssuer/api/json")));
    }

    @Test
    void rejected_credentials_name_the_settings_to_check() {
        jenkins.stubFor(get(urlPathEqualTo("/" + BUILD + "api/json")).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> pages.describeBuild(root + BUILD, LINE))
                .isInstanceOfSatisfying(JenkinsException.class, e -> assertThat(e.getMessage()).contains("jenkins.user", "jenkins.token"));
    }

    @Test
    void a_build_url_seen_through_another_host_name_is_written_through_the_configured_root() {
        buildHasDescription(null);
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription")).willReturn(aResponse().withStatus(302).withHeader("Location", ".")));

        pages.describeBuild("https://jenkins.public.example.com/" + BUILD, LINE);

        jenkins.verify(1, postRequestedFor(urlEqualTo("/" + BUILD + "submitDescription")));
    }

    @Test
    void a_url_that_is_no_jenkins_build_gets_no_credentials() {
        assertThatThrownBy(() -> pages.describeBuild("https://attacker.example.com/collect", LINE))
                .isInstanceOfSatisfying(JenkinsException.class, e -> assertThat(e.getMessage()).contains("only sent to jenkins.url"));
        assertThat(jenkins.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_redirect_to_a_login_page_is_not_taken_for_success() {
        buildHasDescription(null);
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/securityRealm/commenceLogin")));

        assertThatThrownBy(() -> pages.describeBuild(root + BUILD, LINE)).isInstanceOf(JenkinsException.class);
    }

    // ---- through the outbox handler ------------------------------------------------------------

    private BuildDescriptionHandler handler() {
        return new BuildDescriptionHandler(pages, new BuildDescriptions(Optional.of(URI.create("https://noblame.example.com/")), false));
    }

    private OutboxMessage message() {
        return new OutboxMessage(1, BuildPageNote.TOPIC, root + BUILD + "#INC-3",
                "{\"buildUrl\":\"" + root + BUILD + "\",\"incident\":\"INC-3\",\"title\":\"Checkout errors\",\"outcome\":\"linked\"}", 0);
    }

    @Test
    void the_handler_writes_the_incident_line_with_its_link() {
        buildHasDescription(null);
        jenkins.stubFor(post(urlEqualTo("/" + BUILD + "submitDescription")).willReturn(aResponse().withStatus(302).withHeader("Location", ".")));

        Delivery d = handler().deliver(message());

        assertThat(d).isInstanceOf(Delivery.Delivered.class);
        jenkins.verify(postRequestedFor(urlEqualTo("/" + BUILD + "submitDescription")).withRequestBody(equalTo(
                form("NoBlame: linked to incident INC-3 - Checkout errors https://noblame.example.com/incidents/INC-3"))));
    }

    @Test
    void the_handler_retries_when_jenkins_is_down_and_parks_what_jenkins_refuses() {
        jenkins.stubFor(get(urlPathEqualTo("/" + BUILD + "api/json")).willReturn(aResponse().withStatus(503)));
        assertThat(handler().deliver(message())).isInstanceOf(Delivery.Retry.class);

        jenkins.resetAll();
        jenkins.stubFor(get(urlPathEqualTo("/" + BUILD + "api/json")).willReturn(aResponse().withStatus(404)));
        assertThat(handler().deliver(message())).isInstanceOfSatisfying(Delivery.Rejected.class,
                r -> assertThat(r.reason()).contains("404"));
    }

    @Test
    void the_handler_retries_when_nothing_answers() {
        jenkins.stop();

        assertThat(handler().deliver(message())).isInstanceOf(Delivery.Retry.class);
    }

    @Test
    void the_handler_parks_a_payload_it_cannot_read() {
        assertThat(handler().deliver(new OutboxMessage(2, BuildPageNote.TOPIC, "k", "{\"nope\":1}", 0)))
                .isInstanceOf(Delivery.Rejected.class);
    }
}
