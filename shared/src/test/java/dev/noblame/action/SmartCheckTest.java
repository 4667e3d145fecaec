package dev.noblame.action;

import static dev.noblame.fixtures.Actions.anAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmartCheckTest {

    private static List<String> rules(ActionItem a) {
        return SmartCheck.check(a).stream().map(SmartFinding::rule).toList();
    }

    @Test
    void an_owned_dated_measurable_outcome_is_smart() {
        ActionItem a = anAction().due("2026-05-01").build();

        assertThat(SmartCheck.check(a)).isEmpty();
    }

    @Test
    void a_missing_owner_due_date_and_criterion_each_give_a_finding_with_a_suggestion() {
        ActionItem a = anAction().owner(null).due(null).criterion(null).build();

        List<SmartFinding> findings = SmartCheck.check(a);

        assertThat(findings).extracting(SmartFinding::rule).containsExactly("owner-missing", "due-missing", "criterion-missing");
        assertThat(findings).extracting(SmartFinding::field).containsExactly("owner", "dueDate", "successCriterion");
        assertThat(findings).allSatisfy(f -> assertThat(f.suggestion()).isNotBlank());
    }

    @Test
    void a_crowd_as_owner_is_vague() {
        assertThat(rules(anAction().due("2026-05-01").owner("Team").build())).containsExactly("owner-vague");
    }

    @Test
    void a_criterion_with_nothing_to_check_is_not_measurable() {
        assertThat(rules(anAction().due("2026-05-01").criterion("things are better").build()))
                .containsExactly("criterion-not-measurable");
    }

    @Test
    void investigate_with_no_outcome_is_vague() {
        ActionItem a = anAction().due("2026-05-01").title("Investigate the database timeouts").criterion("understood").build();

        assertThat(rules(a)).contains("vague-verb");
        assertThat(SmartCheck.check(a)).filteredOn(f -> f.rule().equals("vague-verb"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("investigate"));
    }

    @Test
    void look_into_consider_and_monitor_are_vague_too() {
        for (String title : List.of("Look into flaky deploys", "Consider caching", "Monitor disk usage")) {
            assertThat(rules(anAction().due("2026-05-01").title(title).criterion("done").build())).as(title).contains("vague-verb");
        }
    }

    @Test
    void investigate_with_a_stated_outcome_is_fine() {
        ActionItem a = anAction().due("2026-05-01").title("Investigate the timeouts and document the cause in the runbook")
                .criterion("runbook published").build();

        assertThat(rules(a)).doesNotContain("vague-verb");
    }

    @Test
    void monitor_with_a_measurable_criterion_is_fine() {
        ActionItem a = anAction().due("2026-05-01").title("Monitor disk usage on the ledger hosts")
                .criterion("alert fires when disk use passes 85%").build();

        assertThat(rules(a)).isEmpty();
    }

    @Test
    void a_verb_that_merely_begins_like_a_vague_one_is_not_flagged() {
        ActionItem a = anAction().due("2026-05-01").title("Reviewer rota: add a second approver to schema changes").build();

        assertThat(rules(a)).doesNotContain("vague-verb");
    }

    @Test
    void a_vague_verb_behind_a_lead_in_is_still_vague() {
        ActionItem a = anAction().due("2026-05-01").title("We should investigate the retries").criterion("clear").build();

        assertThat(rules(a)).contains("vague-verb");
    }
}
