package dev.noblame.confluence.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.client.ConfluenceException;
import dev.noblame.ports.PageTarget;
import dev.noblame.ports.PublishedPage;
import dev.noblame.render.PostmortemFixtures;
import dev.noblame.redaction.Redactor;
import dev.noblame.render.RedactedPostmortem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Publishing a postmortem page to a fake Confluence, Cloud and Data Center alike. */
class PublishingTest {
    private static final PageTarget OPS = new PageTarget("OPS", "999");
    private static final RedactedPostmortem DOC = RedactedPostmortem.of(PostmortemFixtures.checkoutOutage(), Redactor.withDefaults());

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void a_new_postmortem_creates_its_page_under_the_parent(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.noPageYet(c);

            PublishedPage page = c.publisher().publishPostmortem(DOC, OPS);

            assertThat(page).isEqualTo(new PublishedPage("123", 1, true));
            JsonElement body = body(only(c, "POST", deployment == ConfluenceDeployment.CLOUD ? "/wiki/api/v2/pages" : "/confluence/rest/api/content"));
            assertThat(str(body, "title")).isEqualTo("INC-42: Checkout returned 502 after a config rollout");
            if (deployment == ConfluenceDeployment.CLOUD) {
                assertThat(str(body, "spaceId")).isEqualTo("65537");
                assertThat(str(body, "parentId")).isEqualTo("999");
                assertThat(str(body, "body", "representation")).isEqualTo("storage");
                assertThat(str(body, "body", "value")).contains("<ac:structured-macro ac:name=\"details\"");
            } else {
                assertThat(str(body, "type")).isEqualTo("page");
                assertThat(str(body, "space", "key")).isEqualTo("OPS");
                assertThat(body.getAsJsonObject().getAsJsonArray("ancestors").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo("999");
                assertThat(str(body, "body", "storage", "value")).contains("<ac:structured-macro ac:name=\"details\"");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void an_existing_page_is_updated_with_the_next_version_number(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.pageAtVersion4(c);

            PublishedPage page = c.publisher().publishPostmortem(DOC, OPS);

            assertThat(page).isEqualTo(new PublishedPage("123", 5, false));
            JsonElement body = body(only(c, "PUT", Scenarios.pagePath(c)));
            assertThat(body.getAsJsonObject().getAsJsonObject("version").get("number").getAsInt()).isEqualTo(5);
            assertThat(c.requests()).noneMatch(e -> e.getRequest().getMethod().getName().equals("POST") && e.getRequest().getUrl().endsWith("/pages"));
        }
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void a_conflict_re_reads_the_version_and_retries(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.someoneSavesInBetween(c);

            PublishedPage page = c.publisher().publishPostmortem(DOC, OPS);

            assertThat(page.version()).isEqualTo(6);
            List<Integer> sent = c.requests().stream().filter(e -> e.getRequest().getMethod().getName().equals("PUT")
                            && e.getRequest().getUrl().startsWith(Scenarios.pagePath(c)))
                    .map(e -> body(e).getAsJsonObject().getAsJsonObject("version").get("number").getAsInt()).toList();
            assertThat(sent).containsExactly(5, 6);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void the_page_is_labelled_postmortem_service_and_team(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.noPageYet(c);

            c.publisher().publishPostmortem(DOC, OPS);

            JsonElement labels = body(only(c, "POST", c.v1() + "/content/123/label"));
            assertThat(labels.getAsJsonArray()).hasSize(3);
            assertThat(labels.toString()).contains("{\"prefix\":\"global\",\"name\":\"postmortem\"}",
                    "{\"prefix\":\"global\",\"name\":\"svc-checkout\"}", "{\"prefix\":\"global\",\"name\":\"team-payments\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void the_postmortem_json_is_created_as_a_content_property_then_updated_with_the_next_version(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.noPageYet(c);
            c.publisher().publishPostmortem(DOC, OPS);
            JsonElement created = body(only(c, "POST", c.v1() + "/content/123/property"));
            assertThat(str(created, "key")).isEqualTo("noblame-postmortem");
            assertThat(str(created, "value", "incident", "id")).isEqualTo("INC-42");

            c.server.resetAll();
            Scenarios.pageAtVersion4(c);
            c.publisher().publishPostmortem(DOC, OPS);
            JsonElement updated = body(only(c, "PUT", c.v1() + "/content/123/property/noblame-postmortem"));
            assertThat(updated.getAsJsonObject().getAsJsonObject("version").get("number").getAsInt()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void cloud_authenticates_with_email_and_token_and_data_center_with_a_bearer_pat(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.noPageYet(c);

            c.publisher().publishPostmortem(DOC, OPS);

            String expected = deployment == ConfluenceDeployment.CLOUD
                    ? "Basic " + Base64.getEncoder().encodeToString("bot@example.com:cloud-token".getBytes(StandardCharsets.UTF_8))
                    : "Bearer dc-pat";
            assertThat(c.requests()).allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization")).isEqualTo(expected));
        }
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void throttling_waits_as_long_as_retry_after_says_then_goes_on(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.noPageYet(c);
            String prop = c.v1() + "/content/123/property/noblame-postmortem";
            c.stub(get(urlPathEqualTo(prop)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
            c.stub(get(urlPathEqualTo(prop)).inScenario("throttle").whenScenarioStateIs("calm")
                    .willReturn(aResponse().withStatus(404)));

            c.publisher().publishPostmortem(DOC, OPS);

            assertThat(c.sleeps).containsExactly(Duration.ofSeconds(7));
        }
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void a_refusal_names_the_host_the_call_and_the_status(ConfluenceDeployment deployment) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.noPageYet(c);
            c.stub(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(c.v1() + "/content/123/label"))
                    .willReturn(FakeConfluence.status(403)));

            assertThatThrownBy(() -> c.publisher().publishPostmortem(DOC, OPS))
                    .isInstanceOfSatisfying(ConfluenceException.class, e -> {
                        assertThat(e.host()).isEqualTo("localhost");
                        assertThat(e.call()).isEqualTo("POST " + c.v1().replace("/confluence", "") + "/content/123/label");
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.isTransient()).isFalse();
                    })
                    .hasMessageContaining("HTTP 403");
        }
    }

    static ServeEvent only(FakeConfluence c, String method, String path) {
        List<ServeEvent> matching = c.requests().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals(method) && e.getRequest().getUrl().split("\\?")[0].equals(path))
                .toList();
        assertThat(matching).as(method + " " + path).hasSize(1);
        return matching.get(0);
    }

    static JsonElement body(ServeEvent e) {
        return JsonParser.parseString(e.getRequest().getBodyAsString());
    }

    static String str(JsonElement e, String... path) {
        JsonElement cur = e;
        for (String p : path) {
            cur = cur.getAsJsonObject().get(p);
        }
        return cur.getAsString();
    }
}
