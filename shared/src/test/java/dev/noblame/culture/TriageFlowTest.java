package dev.noblame.culture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.DomainException;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageFlowTest {
    private static final TriageRequest CONCERN = new TriageRequest(IncidentId.of(7), "employee-4711",
            "The service owner believes the production firewall change was made without approval.", "people-ops-lead", true);

    /** Walks the flow answering each question from the map; missing entries answer no. */
    private static TriageFlow walk(Map<String, Boolean> answers) {
        TriageFlow flow = TriageFlow.start(CONCERN);
        int guard = 0;
        while (flow.outcome().isEmpty() && guard++ < 20) {
            String q = flow.next().orElseThrow().id();
            flow = flow.answer(q, answers.getOrDefault(q, false));
        }
        return flow;
    }

    @Test
    void intended_harm_is_malicious_and_goes_to_legal() {
        DecisionTree.Outcome o = walk(Map.of("deliberate-harm", true)).outcome().orElseThrow();
        assertThat(o.culpability()).isEqualTo(Culpability.MALICIOUS);
        assertThat(o.response()).isEqualTo("legal");
    }

    @Test
    void knowingly_disregarding_a_known_risk_under_a_workable_procedure_is_reckless_for_people_ops() {
        DecisionTree.Outcome o = walk(Map.of("knowing-departure", true, "procedure-workable", true, "conscious-risk", true))
                .outcome().orElseThrow();
        assertThat(o.culpability()).isEqualTo(Culpability.RECKLESS);
        assertThat(o.response()).isEqualTo("review by people-ops");
    }

    @Test
    void a_shortcut_whose_risk_was_not_seen_is_at_risk_behaviour_to_coach() {
        DecisionTree.Outcome o = walk(Map.of("knowing-departure", true, "procedure-workable", true)).outcome().orElseThrow();
        assertThat(o.culpability()).isEqualTo(Culpability.AT_RISK);
        assertThat(o.response()).isEqualTo("coach");
    }

    @Test
    void departing_from_an_unworkable_procedure_is_a_system_induced_honest_error() {
        DecisionTree.Outcome o = walk(Map.of("knowing-departure", true, "procedure-workable", false)).outcome().orElseThrow();
        assertThat(o.culpability()).isEqualTo(Culpability.HONEST_ERROR);
        assertThat(o.response()).isEqualTo("console");
    }

    @Test
    void passing_the_substitution_test_is_an_honest_error() {
        TriageFlow flow = walk(Map.of("substitution", true));
        assertThat(flow.outcome().orElseThrow().culpability()).isEqualTo(Culpability.HONEST_ERROR);
        assertThat(flow.answers()).extracting(TriageFlow.Answer::test)
                .containsExactly("deliberate harm", "incapacity", "foresight", "substitution");
    }

    @Test
    void history_without_self_reporting_is_at_risk_but_self_reporting_keeps_it_honest_error() {
        assertThat(walk(Map.of("history", true)).outcome().orElseThrow().culpability()).isEqualTo(Culpability.AT_RISK);
        assertThat(walk(Map.of("history", true, "self-reported", true)).outcome().orElseThrow().culpability())
                .isEqualTo(Culpability.HONEST_ERROR);
    }

    @Test
    void impairment_from_unmitigated_substance_use_is_reckless_but_illness_is_not() {
        assertThat(walk(Map.of("incapacity", true, "impairment-known", true)).outcome().orElseThrow().culpability())
                .isEqualTo(Culpability.RECKLESS);
        assertThat(walk(Map.of("incapacity", true)).outcome().orElseThrow().culpability()).isEqualTo(Culpability.HONEST_ERROR);
    }

    @Test
    void every_outcome_of_the_tree_has_a_recommended_response() {
        assertThat(DecisionTree.defaults().outcomes().values()).extracting(DecisionTree.Outcome::culpability)
                .containsExactlyInAnyOrder(Culpability.values());
        assertThat(DecisionTree.defaults().outcomes().values()).allSatisfy(o -> assertThat(o.advice()).isNotBlank());
    }

    @Test
    void triage_is_opt_in_and_only_for_an_existing_concern_about_one_person() {
        assertThatThrownBy(() -> new TriageRequest(IncidentId.of(7), "employee-4711", "concern", "people-ops", false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("optIn");
        assertThatThrownBy(() -> new TriageRequest(IncidentId.of(7), "employee-4711", " ", "people-ops", true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("concern");
        assertThatThrownBy(() -> new TriageRequest(IncidentId.of(7), "Alice and Bob", "concern", "people-ops", true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("one person");
        assertThatThrownBy(() -> new TriageRequest(IncidentId.of(7), "the platform team", "concern", "people-ops", true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("one person");
    }

    @Test
    void only_the_current_question_can_be_answered() {
        TriageFlow flow = TriageFlow.start(CONCERN);
        assertThatThrownBy(() -> flow.answer("substitution", true)).isInstanceOf(DomainException.class)
                .hasMessageContaining("deliberate-harm");
    }

    @Test
    void a_record_exists_only_after_an_outcome_and_is_restricted_to_people_ops() {
        assertThatThrownBy(() -> TriageFlow.start(CONCERN).record("JC-1", Instant.EPOCH)).isInstanceOf(DomainException.class)
                .hasMessageContaining("deliberate-harm");
        JustCultureRecord r = walk(Map.of("substitution", true)).record("JC-1", Instant.EPOCH);
        assertThat(r.culpability()).isEqualTo(Culpability.HONEST_ERROR);
        assertThat(r.incident()).isEqualTo(IncidentId.of(7));
        assertThat(r.visibleTo()).containsExactly("people-ops");
        assertThat(r.answers()).hasSize(4);
    }
}
