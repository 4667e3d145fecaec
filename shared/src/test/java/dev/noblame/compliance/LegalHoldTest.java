package dev.noblame.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.DomainException;
import dev.noblame.common.Transition;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LegalHoldTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private final LegalHold none = LegalHold.none(IncidentId.of(5));

    @Test
    void a_held_incident_refuses_deletion_naming_the_hold() {
        LegalHold held = none.place("counsel", "litigation pending", T).after();

        assertThatThrownBy(() -> held.checkDeletion("report R-1"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("report R-1")
                .hasMessageContaining("INC-5 is under legal hold")
                .hasMessageContaining("litigation pending");
    }

    @Test
    void an_incident_without_hold_may_be_deleted() {
        assertThatCode(() -> none.checkDeletion("report R-1")).doesNotThrowAnyException();
        assertThat(none.allowsDeletion()).isTrue();
    }

    @Test
    void placing_and_releasing_a_hold_yield_events_and_release_allows_deletion_again() {
        Transition<LegalHold> placed = none.place("counsel", "regulator inquiry", T);
        Transition<LegalHold> released = placed.after().release("counsel", T.plusSeconds(3600));

        assertThat(placed.event().type()).isEqualTo("compliance.legal_hold_placed");
        assertThat(released.event().type()).isEqualTo("compliance.legal_hold_released");
        assertThat(released.after().allowsDeletion()).isTrue();
    }

    @Test
    void a_hold_needs_a_reason() {
        assertThatThrownBy(() -> none.place("counsel", " ", T)).hasMessageContaining("reason");
    }
}
