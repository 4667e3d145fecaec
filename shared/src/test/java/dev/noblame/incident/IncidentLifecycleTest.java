package dev.noblame.incident;

import static dev.noblame.fixtures.Incidents.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.IllegalTransitionException;
import dev.noblame.common.Transition;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentLifecycleTest {
    private final Incident reported = anIncident().id(12).build();
    private final Instant later = reported.startedAt().plus(Duration.ofMinutes(30));

    @Test
    void resolving_a_reported_incident_yields_an_event_naming_both_states() {
        Transition<Incident> t = reported.resolve(later);

        assertThat(t.after().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(t.after().resolvedAt()).isEqualTo(later);
        assertThat(t.event().type()).isEqualTo("incident.resolved");
        assertThat(t.event().subject()).isEqualTo("INC-12");
        assertThat(t.event().data()).containsEntry("from", "reported").containsEntry("to", "resolved");
    }

    @Test
    void closing_a_reported_incident_is_refused_naming_both_states() {
        assertThatThrownBy(() -> reported.close(later))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("incident cannot go from reported to closed");
    }

    @Test
    void a_closed_incident_cannot_be_reopened() {
        Incident closed = reported.resolve(later).after().close(later.plusSeconds(60)).after();

        assertThatThrownBy(() -> closed.reopen(later.plusSeconds(120)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("closed").hasMessageContaining("investigating");
    }

    @Test
    void reopening_a_resolved_incident_clears_its_resolution_time() {
        Incident reopened = reported.resolve(later).after().reopen(later.plusSeconds(60)).after();

        assertThat(reopened.status()).isEqualTo(IncidentStatus.INVESTIGATING);
        assertThat(reopened.resolvedAt()).isNull();
    }

    @Test
    void dismissing_needs_a_reason() {
        assertThatThrownBy(() -> reported.dismiss(later, " ")).hasMessageContaining("reason");
    }
}
