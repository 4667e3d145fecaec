package dev.noblame.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraSettingsTest {

    private static Map<String, String> cloud() {
        Map<String, String> m = new HashMap<>();
        m.put("jira.url", "https://example.atlassian.net");
        m.put("jira.deployment", "cloud");
        m.put("jira.email", "bot@example.com");
        m.put("jira.token", "t");
        m.put("jira.project", "OPS");
        return m;
    }

    @Test
    void a_cloud_site_needs_url_email_token_and_project_and_gets_sensible_defaults() {
        JiraSettings s = JiraSettings.from(cloud());
        assertThat(s.deployment()).isEqualTo(JiraDeployment.CLOUD);
        assertThat(s.maxConcurrent()).isEqualTo(4);
        assertThat(s.maxRetries()).isEqualTo(5);
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.escalation()).isEqualTo(JiraSettings.EscalationMode.WATCHER);
        assertThat(s.toString()).doesNotContain("t]").doesNotContain("bot@example.com");
    }

    @Test
    void data_center_needs_a_personal_access_token_instead_of_email_and_token() {
        Map<String, String> m = cloud();
        m.put("jira.deployment", "datacenter");
        assertThatThrownBy(() -> JiraSettings.from(m)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields()).containsOnlyKeys("jira.pat"));
        m.put("jira.pat", "p");
        assertThat(JiraSettings.from(m).deployment()).isEqualTo(JiraDeployment.DATACENTER);
    }

    @Test
    void every_bad_value_is_reported_by_its_key() {
        Map<String, String> m = new HashMap<>();
        m.put("jira.deployment", "server");
        m.put("jira.max_concurrent", "many");
        m.put("jira.escalation.mode", "email");
        assertThatThrownBy(() -> JiraSettings.from(m)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.fields()).containsKeys("jira.url", "jira.deployment", "jira.max_concurrent", "jira.escalation.mode");
            assertThat(e.fields().get("jira.url")).contains("NOBLAME_JIRA_URL");
            assertThat(e.fields().get("jira.deployment")).contains("cloud|datacenter");
        });
    }

    @Test
    void a_project_key_must_look_like_one_and_the_cap_must_be_sane() {
        Map<String, String> m = cloud();
        m.put("jira.project", "ops team");
        m.put("jira.max_concurrent", "0");
        assertThatThrownBy(() -> JiraSettings.from(m)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields()).containsOnlyKeys("jira.project", "jira.max_concurrent"));
    }

    @Test
    void escalation_contacts_can_differ_per_service() {
        Map<String, String> m = cloud();
        m.put("jira.escalation.to", "default-lead");
        m.put("jira.escalation.to.payments", "payments-lead");
        JiraSettings s = JiraSettings.from(m);
        assertThat(s.escalationContact("payments")).contains("payments-lead");
        assertThat(s.escalationContact("checkout")).contains("default-lead");
    }

    @Test
    void only_a_configured_url_switches_the_integration_on() {
        assertThat(JiraSettings.configured(Map.of())).isFalse();
        assertThat(JiraSettings.configured(cloud())).isTrue();
    }
}
