package dev.noblame.action;

import static dev.noblame.fixtures.Actions.anAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.IllegalTransitionException;
import dev.noblame.common.Transition;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionLifecycleTest {
    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");
    private final ActionItem open = anAction().id(9).ofIncident(4).build();

    @Test
    void completing_an_open_action_records_when_and_yields_an_event() {
        Transition<ActionItem> t = open.complete(T);

        assertThat(t.after().state()).isEqualTo(ActionState.DONE);
        assertThat(t.after().completedAt()).isEqualTo(T);
        assertThat(t.event().type()).isEqualTo("action.done");
        assertThat(t.event().subject()).isEqualTo("INC-4/ACT-9");
    }

    @Test
    void verifying_an_open_action_is_refused_naming_both_states() {
        assertThatThrownBy(() -> open.verifyEffective(T))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("action item cannot go from open to verified_effective");
    }

    @Test
    void wont_do_needs_a_reason_and_keeps_it() {
        assertThatThrownBy(() -> open.wontDo(T, null)).hasMessageContaining("reason");
        assertThat(open.wontDo(T, "replaced by ACT-12").after().wontDoReason()).isEqualTo("replaced by ACT-12");
    }

    @Test
    void a_done_action_that_did_not_hold_goes_back_to_in_progress_and_loses_its_completion_time() {
        ActionItem back = open.complete(T).after().markNotEffective(T.plusSeconds(60), "repeat incident INC-9").after();

        assertThat(back.state()).isEqualTo(ActionState.IN_PROGRESS);
        assertThat(back.completedAt()).isNull();
    }
}
