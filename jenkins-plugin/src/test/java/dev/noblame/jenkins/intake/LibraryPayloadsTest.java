package dev.noblame.jenkins.intake;

import static dev.noblame.jenkins.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LibraryPayloadsTest {
    private final LibraryPayloads payloads = new LibraryPayloads(256 * 1024,
            Clock.fixed(Instant.parse("2025-03-02T00:00:00Z"), ZoneOffset.UTC));

    private DeploymentEvent parse(String json) {
        return ((IntakeResult.Accepted) payloads.parse(json.getBytes(StandardCharsets.UTF_8))).event();
    }

    @Test
    void a_failed_report_becomes_a_deployment_with_commits_and_keys_from_the_messages() {
        DeploymentEvent e = ((IntakeResult.Accepted) payloads.parse(fixture("library-failed.json"))).event();
        Deployment d = e.deployment();

        assertThat(d.id()).isEqualTo("https://ci.example.com/job/shop/job/checkout/job/deploy/77/");
        assertThat(d.state()).isEqualTo(DeploymentState.FAILED);
        assertThat(d.isProductionFailure()).isTrue();
        assertThat(d.commits()).hasSize(2);
        assertThat(d.issueKeys()).containsExactly("SHOP-12", "OPS-7");
        assertThat(d.changeSize()).isEqualTo(240);
        assertThat(d.leadTime()).hasValue(Duration.ofMinutes(124));
        assertThat(e.phase()).isEqualTo("finished");
        assertThat(e.caughtBeforeProduction()).isFalse();
    }

    @Test
    void the_start_report_and_the_finish_report_name_one_deployment() {
        DeploymentEvent started = ((IntakeResult.Accepted) payloads.parse(fixture("library-started.json"))).event();
        DeploymentEvent finished = ((IntakeResult.Accepted) payloads.parse(fixture("library-failed.json"))).event();

        assertThat(started.deployment().id()).isEqualTo(finished.deployment().id());
        assertThat(started.deployment().finishedAt()).isNull();
        assertThat(started.eventKey()).endsWith("#started");
        assertThat(finished.eventKey()).endsWith("#finished");
    }

    @Test
    void given_issue_keys_win_over_extraction_and_must_be_keys() {
        String ok = "{\"service\":\"checkout\",\"environment\":\"prod\",\"state\":\"successful\",\"pipeline\":\"p\",\"buildNumber\":1,"
                + "\"issueKeys\":[\"ABC-1\"],\"branch\":\"feature/XYZ-9\",\"startedAt\":\"2025-03-01T10:00:00Z\"}";
        assertThat(parse(ok).deployment().issueKeys()).containsExactly("ABC-1");

        String bad = ok.replace("\"ABC-1\"", "\"not a key\"");
        assertThatThrownBy(() -> parse(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields()).containsKey("issueKeys[0]"));
    }

    @Test
    void a_canary_or_an_automatic_rollback_is_caught_before_production() {
        String canary = "{\"service\":\"checkout\",\"environment\":\"production\",\"state\":\"rolled_back\",\"pipeline\":\"p\","
                + "\"buildNumber\":1,\"automaticRollback\":true,\"startedAt\":\"2025-03-01T10:00:00Z\"}";

        assertThat(parse(canary).caughtBeforeProduction()).isTrue();
        assertThat(parse(canary).deployment().state()).isEqualTo(DeploymentState.ROLLED_BACK);
    }

    @Test
    void script_in_a_service_is_refused_and_script_in_the_pipeline_name_is_kept_as_text() {
        assertThatThrownBy(() -> payloads.parse(fixture("hostile-script.json")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsOnlyKeys("service"));
    }

    @Test
    void missing_and_mistyped_fields_are_all_named() {
        String body = "{\"service\":\"checkout\",\"state\":\"exploded\",\"buildNumber\":1.5,\"changeSize\":-3,"
                + "\"canary\":\"yes\",\"commits\":[{\"message\":\"no sha\"}, 7],\"startedAt\":\"yesterday\"}";

        assertThatThrownBy(() -> payloads.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKeys(
                        "environment", "state", "pipeline", "buildNumber", "changeSize", "canary", "commits[0].sha",
                        "commits[1]", "startedAt"));
    }

    @Test
    void a_start_in_the_future_is_refused() {
        String body = "{\"service\":\"checkout\",\"environment\":\"production\",\"state\":\"failed\",\"pipeline\":\"p\","
                + "\"buildNumber\":1,\"startedAt\":\"2030-01-01T00:00:00Z\"}";

        assertThatThrownBy(() -> parse(body)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields()).containsKey("startedAt"));
    }

    @Test
    void a_very_long_build_url_is_identified_by_its_hash() {
        String url = "https://ci.example.com/job/" + "folder/job/".repeat(40) + "deploy/9/";
        String body = "{\"service\":\"checkout\",\"environment\":\"production\",\"state\":\"failed\",\"pipeline\":\"p\","
                + "\"buildNumber\":9,\"buildUrl\":\"" + url + "\",\"startedAt\":\"2025-03-01T10:00:00Z\"}";

        Deployment d = parse(body).deployment();

        assertThat(d.id()).startsWith("jenkins:sha256:").hasSizeLessThanOrEqualTo(200);
        assertThat(d.buildUrl()).isEqualTo(url);
        assertThat(parse(body).deployment().id()).isEqualTo(d.id());
    }

    @Test
    void without_a_build_url_the_pipeline_and_number_identify_the_deployment() {
        String body = "{\"service\":\"checkout\",\"environment\":\"production\",\"state\":\"failed\",\"pipeline\":\"shop/deploy\","
                + "\"buildNumber\":9,\"startedAt\":\"2025-03-01T10:00:00Z\"}";

        Deployment d = parse(body).deployment();

        assertThat(d.id()).isEqualTo("jenkins:shop/deploy#9");
        assertThat(d.buildUrl()).isNull();
    }
}
