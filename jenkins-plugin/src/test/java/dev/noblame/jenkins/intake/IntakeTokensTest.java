package dev.noblame.jenkins.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import org.junit.jupiter.api.Test;

class IntakeTokensTest {
    private final IntakeTokens tokens = IntakeTokens.parse("ci-eu:eu-token-0123456789, ci-us:us-token-0123456789", "jenkins.intake_tokens");

    @Test
    void a_known_token_names_its_jenkins() {
        assertThat(tokens.authenticate("us-token-0123456789")).hasValue("ci-us");
        assertThat(tokens.authenticate("eu-token-0123456789")).hasValue("ci-eu");
    }

    @Test
    void an_unknown_or_missing_token_names_nobody() {
        assertThat(tokens.authenticate("us-token-0123456780")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void short_tokens_and_duplicate_names_are_refused_naming_the_key() {
        assertThatThrownBy(() -> IntakeTokens.parse("ci:short", "jenkins.intake_tokens"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("jenkins.intake_tokens"));
        assertThatThrownBy(() -> IntakeTokens.parse("ci:aaaaaaaaaaaaaaaa,ci:bbbbbbbbbbbbbbbb", "jenkins.intake_tokens"))
                .hasMessageContaining("twice");
    }

    @Test
    void the_text_form_lists_names_only() {
        assertThat(tokens.toString()).contains("ci-eu", "ci-us").doesNotContain("token-0123456789");
    }
}
