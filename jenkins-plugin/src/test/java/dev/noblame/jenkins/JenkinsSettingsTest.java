package dev.noblame.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JenkinsSettingsTest {

    @Test
    void defaults_need_no_configuration_and_write_no_build_pages() {
        JenkinsSettings s = JenkinsSettings.defaults();

        assertThat(s.writesBuildPages()).isFalse();
        assertThat(s.windowAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(s.windowBefore()).isZero();
        assertThat(s.gateMaxBreachedPriorityActions()).isEmpty();
        assertThat(s.defaultEnvironment()).isEqualTo("production");
        assertThat(s.intakeTokens().isEmpty()).isTrue();
    }

    @Test
    void environment_variables_become_dotted_keys() {
        Map<String, String> flat = JenkinsSettings.fromEnvironment(Map.of(
                "NOBLAME_JENKINS_URL", "https://ci.example.com",
                "NOBLAME_JENKINS_USER", "noblame",
                "NOBLAME_JENKINS_TOKEN", "11aa22bb33cc44dd",
                "NOBLAME_JENKINS_CORRELATION_WINDOW_AFTER", "90m",
                "PATH", "/usr/bin"));

        assertThat(flat).containsOnlyKeys("jenkins.url", "jenkins.user", "jenkins.token", "jenkins.correlation.window_after");
        JenkinsSettings s = JenkinsSettings.from(flat);
        assertThat(s.url()).hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("https://ci.example.com/"));
        assertThat(s.windowAfter()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void keys_flattened_by_the_hub_from_environment_variables_are_read_as_nested_keys() {
        JenkinsSettings s = JenkinsSettings.from(Map.of("jenkins.correlation_window_after", "45m",
                "jenkins.gate_max_breached_priority_actions", "3"));

        assertThat(s.windowAfter()).isEqualTo(Duration.ofMinutes(45));
        assertThat(s.gateMaxBreachedPriorityActions()).hasValue(3);
    }

    @Test
    void every_bad_key_is_named_in_one_error() {
        assertThatThrownBy(() -> JenkinsSettings.from(Map.of(
                "jenkins.url", "ftp://ci",
                "jenkins.correlation.window_after", "soon",
                "jenkins.gate.max_breached_priority_actions", "-1",
                "jenkins.intake_tokens", "ci-eu")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKeys(
                        "jenkins.url", "jenkins.correlation.window_after", "jenkins.gate.max_breached_priority_actions",
                        "jenkins.intake_tokens"));
    }

    @Test
    void a_url_without_credentials_is_refused_naming_the_missing_keys() {
        assertThatThrownBy(() -> JenkinsSettings.from(Map.of("jenkins.url", "https://ci.example.com")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsKeys("jenkins.user", "jenkins.token"));
    }

    @Test
    void the_token_never_shows_in_the_text_form() {
        JenkinsSettings s = JenkinsSettings.from(Map.of("jenkins.url", "https://ci.example.com", "jenkins.user", "u",
                "jenkins.token", "very-secret-token-123", "jenkins.intake_tokens", "ci-eu:another-secret-token-456"));

        assertThat(s.toString()).doesNotContain("very-secret-token-123").doesNotContain("another-secret-token-456");
    }
}
