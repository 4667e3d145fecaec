package dev.noblame.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.common.NameDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlamelessLinterTest {
    private final BlamelessLinter linter = BlamelessLinter.withDefaults(NameDirectory.of(List.of("Priya Raman", "Will Turner")));

    private List<String> rules(String text) {
        return linter.lint(text).stream().map(Finding::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The script failed to acquire a lock.",
        "The failover should have been triggered automatically.",
        "Just-in-time access expired during the change window.",
        "We will simply reuse the canary stage.",
        "After three missed heartbeats the node was evicted.",
        "The API returns a user error message when the token is invalid.",
        "The failure mode was not obvious from the dashboards.",
        "Nobody is to blame for this outage.",
        "This is a blameless review; we do not punish mistakes.",
        "The culprit was a race condition in the connection pool.",
        "The lazy loading of the module delayed start-up by 4 seconds.",
        "Why did the cron job run twice?",
    })
    void system_subjects_and_non_minimising_words_are_not_flagged(String sentence) {
        assertThat(linter.lint(sentence)).as(sentence).isEmpty();
    }

    @Test
    void a_person_who_failed_to_act_is_flagged_but_a_script_is_not() {
        assertThat(rules("The on-call engineer failed to acknowledge the page.")).containsExactly("failure.failed-to");
        assertThat(rules("The deploy script failed to acknowledge the lock.")).isEmpty();
    }

    @Test
    void the_subject_of_a_second_verb_is_found_across_and() {
        assertThat(rules("The admin restarted the server and failed to drain the connections.")).contains("failure.failed-to");
        assertThat(rules("The job restarted the server and failed to drain the connections.")).isEmpty();
    }

    @Test
    void a_directory_name_as_the_agent_of_a_failure_gets_a_naming_finding_too() {
        assertThat(rules("Priya forgot to renew the certificate.")).containsExactlyInAnyOrder("failure.forgot", "naming.individual");
        assertThat(rules("Will Turner deleted the production database.")).contains("naming.individual");
    }

    @Test
    void recognisable_first_names_count_without_a_directory() {
        assertThat(BlamelessLinter.withDefaults().lint("Sarah ignored the disk alert.")).extracting(Finding::rule)
                .contains("failure.ignored", "naming.individual");
    }

    @Test
    void why_did_you_is_an_error_but_why_did_the_job_is_not() {
        List<Finding> f = linter.lint("Why did you restart the primary?");
        assertThat(f).extracting(Finding::rule).containsExactly("question.why-did");
        assertThat(f.get(0).severity()).isEqualTo(FindingSeverity.ERROR);
        assertThat(f.get(0).suggestion()).containsIgnoringCase("how");
    }

    @Test
    void human_error_as_a_cause_is_an_error() {
        assertThat(linter.lint("Root cause: human error during the change.")).singleElement()
                .satisfies(f -> assertThat(f.isError()).isTrue());
    }

    @Test
    void an_ignored_alert_blames_a_person_even_without_naming_one() {
        assertThat(rules("The disk alert was ignored for three hours.")).contains("failure.ignored");
        assertThat(rules("The TTL field was ignored by the resolver.")).isEmpty();
    }

    @Test
    void findings_carry_one_based_line_and_column_and_offsets_into_the_text() {
        String text = "Summary line.\nThe DBA clearly should have checked the replica.";
        Finding f = linter.lint(text).stream().filter(x -> x.rule().equals("counterfactual.should-have")).findFirst().orElseThrow();
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.column()).isEqualTo(text.indexOf("should have") - text.indexOf('\n'));
        assertThat(text.substring(f.start(), f.end())).isEqualTo("should have");
        assertThat(f.message()).contains("should have");
        assertThat(f.suggestion()).isNotBlank();
    }

    @Test
    void every_rule_in_the_catalogue_has_an_explanation_and_a_suggestion() {
        assertThat(RuleCatalogue.defaults().rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.explanation()).isNotBlank();
            assertThat(r.suggestion()).isNotBlank();
        });
        assertThat(RuleCatalogue.defaults().rules()).extracting(Rule::category).contains(
                "counterfactual", "failure-of-a-person", "judgement", "hindsight", "human-error", "why-question", "punitive", "naming");
    }

    @Test
    void empty_text_has_no_findings() {
        assertThat(linter.lint("")).isEmpty();
        assertThat(linter.lint(null)).isEmpty();
    }
}
