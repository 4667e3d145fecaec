package dev.noblame.jenkins.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.jenkins.intake.IntakeResult;
import dev.noblame.jenkins.intake.LibraryPayloads;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs vars/noblameDeploy, noblameGate and noblameIncident against the stand-in pipeline. */
class SharedLibraryTest {
    private static LibraryHarness library;
    private final StandInPipeline pipeline = new StandInPipeline(LibraryHarness.LIBRARY);

    @BeforeAll
    static void load() {
        library = new LibraryHarness();
    }

    private static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static JsonObject json(String body) {
        return JsonParser.parseString(body).getAsJsonObject();
    }

    // ---- noblameDeploy -------------------------------------------------------------------------

    @Test
    void a_failed_deploy_is_posted_with_keys_from_the_branch_and_commits_and_the_incident_goes_on_the_build() {
        pipeline.env.put("BRANCH_NAME", "feature/SHOP-231-faster");
        pipeline.currentBuild.commit("1a2b3c", "OPS-7 bump client", 1_740_816_000_000L, "pom.xml", "src/A.java")
                .commit("4d5e6f", "fix SHOP-231 again", 1_740_819_600_000L, "src/A.java");
        pipeline.answer(200, "{\"outcome\":\"linked\",\"incident\":\"INC-7\",\"replayed\":false}");

        Object decision = library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "failed"));

        StandInPipeline.Request r = pipeline.requests.get(0);
        assertThat(r.transport()).isEqualTo("curl");
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.url()).isEqualTo("https://noblame.example.com/api/v1/integrations/jenkins/deployments");
        assertThat(r.token()).isEqualTo("s3cr3t-intake-token-0001");
        JsonObject body = json(r.body());
        assertThat(body.get("service").getAsString()).isEqualTo("checkout");
        assertThat(body.get("state").getAsString()).isEqualTo("failed");
        assertThat(body.get("pipeline").getAsString()).isEqualTo("shop/checkout/deploy");
        assertThat(body.get("buildNumber").getAsLong()).isEqualTo(77);
        assertThat(body.get("startedAt").getAsString()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(body.getAsJsonArray("issueKeys").toString()).isEqualTo("[\"SHOP-231\",\"OPS-7\"]");
        assertThat(body.getAsJsonArray("commits")).hasSize(2);
        assertThat(body.get("changeSize").getAsInt()).isEqualTo(2);
        assertThat(pipeline.currentBuild.getDescription()).isEqualTo("NoBlame: linked to incident INC-7");
        assertThat(decision).isInstanceOfSatisfying(Map.class, m -> assertThat(m.get("incident")).isEqualTo("INC-7"));
        assertThat(pipeline.workspace).as("the body file is removed").isEmpty();
    }

    @Test
    void what_the_library_posts_is_what_the_intake_accepts() {
        pipeline.currentBuild.commit("1a2b3c", "SHOP-1 change", 1_740_816_000_000L, "a");
        pipeline.answer(200, "{\"outcome\":\"nothing_to_link\"}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "rolled_back",
                "automaticRollback", true));

        IntakeResult parsed = new LibraryPayloads(256 * 1024, Clock.systemUTC())
                .parse(pipeline.requests.get(0).body().getBytes(StandardCharsets.UTF_8));
        assertThat(parsed).isInstanceOfSatisfying(IntakeResult.Accepted.class, a -> {
            assertThat(a.event().deployment().id()).isEqualTo("https://ci.example.com/job/shop/job/checkout/job/deploy/77/");
            assertThat(a.event().caughtBeforeProduction()).isTrue();
            assertThat(a.event().deployment().issueKeys()).containsExactly("SHOP-1");
        });
    }

    @Test
    void given_issue_keys_are_sent_as_they_are() {
        pipeline.env.put("BRANCH_NAME", "feature/SHOP-231");
        pipeline.answer(200, "{\"outcome\":\"nothing_to_link\"}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "successful",
                "issueKeys", List.of("REL-5")));

        assertThat(json(pipeline.requests.get(0).body()).getAsJsonArray("issueKeys").toString()).isEqualTo("[\"REL-5\"]");
        assertThat(pipeline.currentBuild.getDescription()).isNull();
    }

    @Test
    void without_a_state_the_build_result_decides_it() {
        pipeline.currentBuild.setCurrentResult("FAILURE");
        pipeline.answer(200, "{}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production"));

        assertThat(json(pipeline.requests.get(0).body()).get("state").getAsString()).isEqualTo("failed");
    }

    @Test
    void a_start_report_carries_no_finish_time() {
        pipeline.answer(202, "{\"outcome\":\"nothing_to_link\"}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "started"));

        assertThat(json(pipeline.requests.get(0).body()).has("finishedAt")).isFalse();
    }

    @Test
    void on_a_windows_agent_powershell_makes_the_call() {
        pipeline.unix = false;
        pipeline.answer(200, "{\"outcome\":\"candidate_opened\",\"incident\":\"INC-9\"}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "failed"));

        assertThat(pipeline.requests).singleElement().satisfies(r -> {
            assertThat(r.transport()).isEqualTo("powershell");
            assertThat(r.token()).isEqualTo("s3cr3t-intake-token-0001");
        });
        assertThat(pipeline.steps).doesNotContain("sh", "bat");
        assertThat(pipeline.currentBuild.getDescription()).isEqualTo("NoBlame: opened incident INC-9");
    }

    @Test
    void the_http_request_plugin_is_used_when_installed() {
        pipeline.httpRequestPlugin = true;
        pipeline.answer(200, "{\"outcome\":\"linked\",\"incident\":\"INC-3\"}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "failed"));

        assertThat(pipeline.requests).singleElement().satisfies(r -> {
            assertThat(r.transport()).isEqualTo("httpRequest");
            assertThat(r.url()).isEqualTo("https://noblame.example.com/api/v1/integrations/jenkins/deployments");
            assertThat(r.token()).isEqualTo("s3cr3t-intake-token-0001");
        });
        assertThat(pipeline.steps).containsExactly("httpRequest");
    }

    @Test
    void a_forced_transport_wins_over_the_plugin_and_an_unknown_one_is_refused() {
        pipeline.httpRequestPlugin = true;
        pipeline.answer(200, "{}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "successful",
                "transport", "curl"));

        assertThat(pipeline.requests.get(0).transport()).isEqualTo("curl");
        assertThatThrownBy(() -> library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production",
                "state", "successful", "transport", "telnet"))).hasMessageContaining("auto|httpRequest|curl|powershell");
    }

    @Test
    void the_library_finds_the_same_issue_keys_as_the_intake() {
        List<String> texts = List.of("feature/SHOP-231_x", "ÄB-1 OPS_2-7 lower-1 A-1 SHOP-231 X9-12");
        pipeline.env.put("BRANCH_NAME", texts.get(0));
        pipeline.currentBuild.commit("1", texts.get(1), 1L);
        pipeline.answer(200, "{}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "successful"));

        List<String> sent = new java.util.ArrayList<>();
        json(pipeline.requests.get(0).body()).getAsJsonArray("issueKeys").forEach(k -> sent.add(k.getAsString()));
        assertThat(sent).isEqualTo(dev.noblame.jenkins.intake.IssueKeys.in(texts)).contains("ÄB-1", "OPS_2-7", "X9-12");
    }

    @Test
    void an_unreachable_noblame_does_not_fail_the_deploy_unless_asked_to() {
        pipeline.answer(0, "");
        Object r = library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "failed"));
        assertThat(r).isNull();
        assertThat(pipeline.echoes).anyMatch(e -> e.contains("could not report failed of checkout"));

        pipeline.answer(0, "");
        assertThatThrownBy(() -> library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production",
                "state", "failed", "failOnError", true))).isInstanceOf(PipelineFailure.class).hasMessageContaining("not reached");
    }

    @Test
    void a_refusal_by_noblame_is_reported_with_its_message() {
        pipeline.answer(400, "{\"error\":\"invalid\",\"message\":\"invalid input: service must be 1-100 letters\"}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "failed"));

        assertThat(pipeline.echoes).anyMatch(e -> e.contains("400") && e.contains("service must be 1-100 letters"));
    }

    @Test
    void the_credential_ids_can_be_chosen_and_a_missing_one_is_named() {
        pipeline.credentials.put("nb-url-eu", "https://noblame-eu.example.com");
        pipeline.credentials.put("nb-token-eu", "eu-token-000000000001");
        pipeline.answer(200, "{}");

        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "successful",
                "urlCredentialsId", "nb-url-eu", "tokenCredentialsId", "nb-token-eu"));

        assertThat(pipeline.requests.get(0).url()).startsWith("https://noblame-eu.example.com/api/v1/");
        assertThat(pipeline.requests.get(0).token()).isEqualTo("eu-token-000000000001");
        assertThatThrownBy(() -> library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production",
                "state", "failed", "tokenCredentialsId", "missing-id"))).hasMessageContaining("missing-id");
    }

    @Test
    void the_token_never_reaches_the_log_or_the_build_page() {
        pipeline.answer(200, "{\"outcome\":\"linked\",\"incident\":\"INC-7\"}");
        library.run(pipeline, "noblameDeploy", args("service", "checkout", "environment", "production", "state", "failed"));
        pipeline.answer(200, "{\"allowed\":true,\"reasons\":[]}");
        library.run(pipeline, "noblameGate", args("service", "checkout", "environment", "production"));

        assertThat(pipeline.echoes).noneMatch(e -> e.contains("s3cr3t-intake-token-0001"));
        assertThat(pipeline.currentBuild.getDescription()).doesNotContain("s3cr3t");
        assertThat(pipeline.env).doesNotContainKeys("NOBLAME_TOKEN", "NOBLAME_URL");
    }

    @Test
    void a_missing_service_is_named() {
        assertThatThrownBy(() -> library.run(pipeline, "noblameDeploy", args("environment", "production")))
                .hasMessageContaining("service is required");
    }

    // ---- noblameGate ---------------------------------------------------------------------------

    @Test
    void an_allowed_deploy_goes_ahead_and_names_are_url_encoded() {
        pipeline.answer(200, "{\"allowed\":true,\"reasons\":[\"no open SEV1/SEV2 incident\"]}");

        Object r = library.run(pipeline, "noblameGate", args("service", "shop/checkout", "environment", "production"));

        assertThat(pipeline.requests.get(0).method()).isEqualTo("GET");
        assertThat(pipeline.requests.get(0).url()).isEqualTo("https://noblame.example.com/api/v1/gate?service=shop%2Fcheckout&environment=production");
        assertThat(r).isInstanceOfSatisfying(Map.class, m -> assertThat(m.get("allowed")).isEqualTo(true));
    }

    @Test
    void a_denied_deploy_fails_the_stage_with_the_reasons() {
        pipeline.answer(200, "{\"allowed\":false,\"reasons\":[\"open SEV1 incident INC-4 on checkout: Payments down\"]}");

        assertThatThrownBy(() -> library.run(pipeline, "noblameGate", args("service", "checkout", "environment", "production")))
                .isInstanceOf(PipelineFailure.class)
                .hasMessageContaining("denied")
                .hasMessageContaining("open SEV1 incident INC-4 on checkout: Payments down")
                .hasMessageContaining("overrideReason");
    }

    @Test
    void an_override_reason_lets_a_denied_deploy_through_and_is_recorded() {
        pipeline.env.put("BUILD_USER_ID", "alice");
        pipeline.answer(200, "{\"allowed\":false,\"reasons\":[\"open SEV2 incident INC-4\"]}");
        pipeline.answer(200, "{\"allowed\":true,\"overridden\":true,\"reasons\":[\"overridden: hotfix for INC-4\",\"open SEV2 incident INC-4\"]}");

        Object r = library.run(pipeline, "noblameGate", args("service", "checkout", "environment", "production",
                "overrideReason", "hotfix for INC-4"));

        assertThat(pipeline.requests).hasSize(2);
        StandInPipeline.Request override = pipeline.requests.get(1);
        assertThat(override.url()).endsWith("/api/v1/integrations/jenkins/gate/overrides");
        JsonObject body = json(override.body());
        assertThat(body.get("reason").getAsString()).isEqualTo("hotfix for INC-4");
        assertThat(body.get("by").getAsString()).isEqualTo("alice");
        assertThat(body.get("buildUrl").getAsString()).isEqualTo(pipeline.env.get("BUILD_URL"));
        assertThat(r).isInstanceOfSatisfying(Map.class, m -> assertThat(m.get("overridden")).isEqualTo(true));
    }

    @Test
    void an_override_that_cannot_be_recorded_is_not_granted() {
        pipeline.answer(200, "{\"allowed\":false,\"reasons\":[\"open SEV2 incident INC-4\"]}");
        pipeline.answer(503, "{\"error\":\"unavailable\",\"message\":\"database down\"}");

        assertThatThrownBy(() -> library.run(pipeline, "noblameGate", args("service", "checkout", "environment", "production",
                "overrideReason", "hotfix"))).isInstanceOf(PipelineFailure.class).hasMessageContaining("not granted");
    }

    @Test
    void an_unreachable_gate_fails_closed_unless_fail_open_is_set() {
        pipeline.answer(0, "");
        assertThatThrownBy(() -> library.run(pipeline, "noblameGate", args("service", "checkout", "environment", "production")))
                .isInstanceOf(PipelineFailure.class).hasMessageContaining("cannot ask the deploy gate");

        pipeline.answer(0, "");
        Object r = library.run(pipeline, "noblameGate", args("service", "checkout", "environment", "production", "failOpen", true));
        assertThat(r).isInstanceOfSatisfying(Map.class, m -> assertThat(m.get("allowed")).isEqualTo(true));
    }

    // ---- noblameIncident -----------------------------------------------------------------------

    @Test
    void an_incident_is_declared_with_the_build_and_named_on_the_build_page() {
        pipeline.currentBuild.setDescription("deployed 1.4.2");
        pipeline.answer(201, "{\"incident\":\"INC-12\"}");

        Object id = library.run(pipeline, "noblameIncident", args("title", "Smoke tests fail after deploy", "severity", "sev2",
                "service", "checkout"));

        assertThat(id).isEqualTo("INC-12");
        JsonObject body = json(pipeline.requests.get(0).body());
        assertThat(pipeline.requests.get(0).url()).endsWith("/api/v1/integrations/jenkins/incidents");
        assertThat(body.get("severity").getAsString()).isEqualTo("SEV2");
        assertThat(body.get("buildUrl").getAsString()).isEqualTo(pipeline.env.get("BUILD_URL"));
        assertThat(pipeline.currentBuild.getDescription()).isEqualTo("deployed 1.4.2\nNoBlame: declared incident INC-12");
    }

    @Test
    void a_bad_severity_fails_before_calling_noblame() {
        assertThatThrownBy(() -> library.run(pipeline, "noblameIncident", args("title", "x", "severity", "SEV9", "service", "checkout")))
                .isInstanceOf(PipelineFailure.class).hasMessageContaining("SEV1|SEV2|SEV3|SEV4");
        assertThat(pipeline.requests).isEmpty();
    }
}
