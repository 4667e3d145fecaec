package dev.noblame.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfluenceSettingsTest {

    @Test
    void environment_variables_map_to_flat_keys() {
        Map<String, String> flat = ConfluenceSettings.fromEnvironment(Map.of("NOBLAME_CONFLUENCE_URL", "https://acme.atlassian.net",
                "NOBLAME_CONFLUENCE_JIRA_JQL", "key = {incident}", "HOME", "/root"));

        assertThat(flat).containsExactlyInAnyOrderEntriesOf(Map.of("confluence.url", "https://acme.atlassian.net",
                "confluence.jira_jql", "key = {incident}"));
    }

    @Test
    void a_cloud_site_needs_email_and_token_and_says_which_key_is_missing() {
        assertThatThrownBy(() -> ConfluenceSettings.from(Map.of("confluence.url", "https://acme.atlassian.net/wiki",
                "confluence.email", "bot@acme.com")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("confluence.token"));
    }

    @Test
    void a_data_center_site_needs_a_pat() {
        assertThatThrownBy(() -> ConfluenceSettings.from(Map.of("confluence.url", "https://wiki.acme.com",
                "confluence.deployment", "datacenter")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("confluence.pat"));
    }

    @Test
    void the_url_is_required_and_must_be_http() {
        assertThatThrownBy(() -> ConfluenceSettings.from(Map.of())).hasMessageContaining("confluence.url is required");
        assertThatThrownBy(() -> ConfluenceSettings.from(Map.of("confluence.url", "ftp://x", "confluence.pat", "p")))
                .hasMessageContaining("confluence.url must be an http(s) URL");
    }

    @Test
    void an_unknown_deployment_names_the_key_and_the_choices() {
        assertThatThrownBy(() -> ConfluenceSettings.from(Map.of("confluence.url", "https://wiki.acme.com", "confluence.deployment", "server",
                "confluence.pat", "p")))
                .hasMessageContaining("confluence.deployment must be one of cloud|datacenter");
    }

    @Test
    void a_full_cloud_configuration_reads_every_key_and_hides_the_token() {
        ConfluenceSettings s = ConfluenceSettings.from(Map.of("confluence.url", "https://acme.atlassian.net/wiki/",
                "confluence.email", "bot@acme.com", "confluence.token", "sekrit", "confluence.space", "OPS",
                "confluence.timeout_seconds", "12", "confluence.jira_server_id", "abc-123", "confluence.users.alice", "557058:1"));

        assertThat(s.deployment()).isEqualTo(ConfluenceDeployment.CLOUD);
        assertThat(s.url().toString()).as("Cloud API paths carry /wiki themselves").isEqualTo("https://acme.atlassian.net");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(12));
        assertThat(s.jira()).hasValueSatisfying(j -> assertThat(j.serverId()).isEqualTo("abc-123"));
        assertThat(s.users()).containsEntry("alice", "557058:1");
        assertThat(s.toString()).doesNotContain("sekrit");
    }

    @Test
    void a_bad_timeout_names_its_key() {
        assertThatThrownBy(() -> ConfluenceSettings.from(Map.of("confluence.url", "https://wiki.acme.com", "confluence.pat", "p",
                "confluence.timeout_seconds", "forever")))
                .hasMessageContaining("confluence.timeout_seconds");
    }
}
