package dev.noblame.jenkins.intake;

import static dev.noblame.jenkins.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotificationPayloadsTest {
    private final NotificationPayloads payloads = new NotificationPayloads(256 * 1024, "production",
            Clock.fixed(Instant.parse("2025-03-02T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_completed_failed_build_becomes_a_failed_production_deployment() {
        IntakeResult r = payloads.parse(fixture("notification-completed-failure.json"));

        assertThat(r).isInstanceOf(IntakeResult.Accepted.class);
        DeploymentEvent e = ((IntakeResult.Accepted) r).event();
        Deployment d = e.deployment();
        assertThat(d.id()).isEqualTo("https://ci.example.com/job/checkout-deploy/42/");
        assertThat(d.buildUrl()).isEqualTo(d.id());
        assertThat(d.service()).isEqualTo("checkout");
        assertThat(d.environmentType()).isEqualTo(EnvironmentType.PRODUCTION);
        assertThat(d.state()).isEqualTo(DeploymentState.FAILED);
        assertThat(d.buildNumber()).isEqualTo(42);
        assertThat(d.startedAt()).isEqualTo(Instant.ofEpochMilli(1740822000000L));
        assertThat(d.finishedAt()).isEqualTo(Instant.ofEpochMilli(1740822000000L + 95000));
        assertThat(d.changeSize()).isEqualTo(3);
        assertThat(d.issueKeys()).containsExactly("SHOP-231");
        assertThat(e.eventKey()).isEqualTo("https://ci.example.com/job/checkout-deploy/#42#completed");
    }

    @Test
    void finalized_names_the_same_deployment_under_another_event_key() {
        DeploymentEvent completed = ((IntakeResult.Accepted) payloads.parse(fixture("notification-completed-failure.json"))).event();
        DeploymentEvent finalized = ((IntakeResult.Accepted) payloads.parse(fixture("notification-finalized-failure.json"))).event();

        assertThat(finalized.deployment().id()).isEqualTo(completed.deployment().id());
        assertThat(finalized.eventKey()).isNotEqualTo(completed.eventKey()).endsWith("#finalized");
    }

    @Test
    void queued_and_started_phases_are_accepted_and_ignored() {
        IntakeResult r = payloads.parse(fixture("notification-queued.json"));

        assertThat(r).isInstanceOfSatisfying(IntakeResult.Ignored.class, i -> assertThat(i.reason()).contains("QUEUED"));
    }

    @Test
    void without_parameters_the_job_name_is_the_service_and_the_default_environment_applies() {
        String body = "{\"name\":\"billing\",\"build\":{\"full_url\":\"https://ci.example.com/job/billing/3/\",\"number\":3,"
                + "\"phase\":\"COMPLETED\",\"status\":\"SUCCESS\"}}";

        Deployment d = ((IntakeResult.Accepted) payloads.parse(body.getBytes(StandardCharsets.UTF_8))).event().deployment();

        assertThat(d.service()).isEqualTo("billing");
        assertThat(d.environment()).isEqualTo("production");
        assertThat(d.state()).isEqualTo(DeploymentState.SUCCESSFUL);
    }

    @Test
    void a_rolled_back_parameter_turns_a_failure_into_a_rollback() {
        String body = "{\"name\":\"billing\",\"build\":{\"full_url\":\"https://ci.example.com/job/billing/3/\",\"number\":3,"
                + "\"phase\":\"COMPLETED\",\"status\":\"FAILURE\",\"parameters\":{\"NOBLAME_ROLLED_BACK\":\"true\"}}}";

        Deployment d = ((IntakeResult.Accepted) payloads.parse(body.getBytes(StandardCharsets.UTF_8))).event().deployment();

        assertThat(d.state()).isEqualTo(DeploymentState.ROLLED_BACK);
    }

    @Test
    void wrong_types_are_refused_naming_every_field() {
        assertThatThrownBy(() -> payloads.parse(fixture("hostile-wrong-types.json")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKeys(
                        "name", "build.full_url", "build.number", "build.phase", "build.status", "build.scm", "build.parameters"));
    }

    @Test
    void an_unknown_status_is_refused_with_the_choices() {
        String body = "{\"name\":\"billing\",\"build\":{\"full_url\":\"https://ci.example.com/job/billing/3/\",\"number\":3,"
                + "\"phase\":\"COMPLETED\",\"status\":\"EXPLODED\"}}";

        assertThatThrownBy(() -> payloads.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields().get("build.status")).contains("SUCCESS|UNSTABLE|FAILURE"));
    }

    @Test
    void a_body_over_the_limit_is_refused_before_parsing() {
        NotificationPayloads small = new NotificationPayloads(1024, "production", Clock.systemUTC());
        byte[] huge = ("{\"name\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.parse(huge)).isInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("jenkins.intake.max_body_bytes");
    }

    @Test
    void malformed_json_and_non_objects_are_refused_as_body_errors() {
        for (String bad : new String[] {"{\"name\":", "[1,2]", "{\"a\":1} trailing", "{'lenient':1}", "", "\"text\""}) {
            assertThatThrownBy(() -> payloads.parse(bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("body"));
        }
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] latin1 = {'{', '"', 'n', '"', ':', '"', (byte) 0xE9, '"', '}'};

        assertThatThrownBy(() -> payloads.parse(latin1)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields().get("body")).contains("UTF-8"));
    }

    @Test
    void deeply_nested_json_is_refused_without_a_stack_overflow() {
        String deep = "{\"name\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThatThrownBy(() -> payloads.parse(deep.getBytes(StandardCharsets.UTF_8))).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_build_url_that_is_not_http_is_refused() {
        String body = "{\"name\":\"billing\",\"build\":{\"full_url\":\"javascript:alert(1)\",\"number\":3,"
                + "\"phase\":\"COMPLETED\",\"status\":\"FAILURE\"}}";

        assertThatThrownBy(() -> payloads.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("build.full_url"));
    }

    @Test
    void markup_in_a_service_parameter_is_refused_and_markup_in_a_job_name_is_kept_as_text() {
        String scriptService = "{\"name\":\"billing\",\"build\":{\"full_url\":\"https://ci.example.com/job/billing/3/\",\"number\":3,"
                + "\"phase\":\"COMPLETED\",\"status\":\"FAILURE\",\"parameters\":{\"NOBLAME_SERVICE\":\"<script>x</script>\"}}}";
        assertThatThrownBy(() -> payloads.parse(scriptService.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsKey("build.parameters.NOBLAME_SERVICE"));

        String scriptName = "{\"name\":\"<b onmouseover=x>job</b>\",\"build\":{\"full_url\":\"https://ci.example.com/job/b/3/\","
                + "\"number\":3,\"phase\":\"COMPLETED\",\"status\":\"FAILURE\",\"parameters\":{\"NOBLAME_SERVICE\":\"billing\"}}}";
        Deployment d = ((IntakeResult.Accepted) payloads.parse(scriptName.getBytes(StandardCharsets.UTF_8))).event().deployment();
        assertThat(d.pipeline()).isEqualTo("<b onmouseover=x>job</b>");
    }

    @Test
    void an_environment_whose_type_cannot_be_told_must_say_its_type() {
        String body = "{\"name\":\"billing\",\"build\":{\"full_url\":\"https://ci.example.com/job/billing/3/\",\"number\":3,"
                + "\"phase\":\"COMPLETED\",\"status\":\"FAILURE\",\"parameters\":{\"NOBLAME_ENVIRONMENT\":\"eu-west-blue\"}}}";

        assertThatThrownBy(() -> payloads.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsKey("build.parameters.NOBLAME_ENVIRONMENT_TYPE"));
    }
}
