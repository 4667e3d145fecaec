package dev.noblame.common;

import static dev.noblame.fixtures.Actions.anAction;
import static dev.noblame.fixtures.Incidents.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Whatever commands arrive, in whatever order, a lifecycle only ever moves along its table. */
class LifecycleProperties {

    @Property
    void no_command_sequence_takes_an_incident_outside_its_transition_table(
            @ForAll @Size(max = 30) List<IncidentStatus> commands) {
        Incident incident = anIncident().build();
        Instant t = incident.startedAt();
        Set<IncidentStatus> reachable = reachable(IncidentStatus.TABLE, IncidentStatus.REPORTED, IncidentStatus.class);
        for (IncidentStatus target : commands) {
            t = t.plus(Duration.ofMinutes(5));
            IncidentStatus before = incident.status();
            try {
                incident = incident.moveTo(target, t, "a reason").after();
                assertThat(IncidentStatus.TABLE.allows(before, incident.status())).isTrue();
            } catch (IllegalTransitionException refused) {
                assertThat(IncidentStatus.TABLE.allows(before, target)).isFalse();
                assertThat(refused.getMessage()).contains(Wire.name(before)).contains(Wire.name(target));
                assertThat(incident.status()).isEqualTo(before);
            }
            assertThat(reachable).contains(incident.status());
        }
    }

    @Property
    void no_command_sequence_takes_a_postmortem_outside_its_transition_table(
            @ForAll @Size(max = 30) List<PostmortemStatus> commands) {
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        Postmortem pm = Postmortem.start(IncidentId.of(1), t).withSection(Section.SUMMARY, "What happened.", "author", t);
        Set<PostmortemStatus> reachable = reachable(PostmortemStatus.TABLE, PostmortemStatus.DRAFT, PostmortemStatus.class);
        for (PostmortemStatus target : commands) {
            t = t.plusSeconds(60);
            PostmortemStatus before = pm.status();
            try {
                pm = pm.moveTo(target, t, "reviewer", "a reason").after();
                assertThat(PostmortemStatus.TABLE.allows(before, pm.status())).isTrue();
            } catch (IllegalTransitionException refused) {
                assertThat(PostmortemStatus.TABLE.allows(before, target)).isFalse();
                assertThat(pm.status()).isEqualTo(before);
            }
            assertThat(reachable).contains(pm.status());
        }
    }

    @Property
    void no_command_sequence_takes_an_action_outside_its_transition_table(
            @ForAll @Size(max = 30) List<ActionState> commands) {
        ActionItem action = anAction().build();
        Instant t = action.createdAt();
        Set<ActionState> reachable = reachable(ActionState.TABLE, ActionState.OPEN, ActionState.class);
        for (ActionState target : commands) {
            t = t.plusSeconds(60);
            ActionState before = action.state();
            try {
                action = action.moveTo(target, t, "a reason").after();
                assertThat(ActionState.TABLE.allows(before, action.state())).isTrue();
                assertThat(action.completedAt() != null).isEqualTo(action.state().isCompleted());
            } catch (IllegalTransitionException refused) {
                assertThat(ActionState.TABLE.allows(before, target)).isFalse();
                assertThat(action.state()).isEqualTo(before);
            }
            assertThat(reachable).contains(action.state());
        }
    }

    private static <S extends Enum<S>> Set<S> reachable(TransitionTable<S> table, S start, Class<S> type) {
        Set<S> seen = EnumSet.of(start);
        ArrayDeque<S> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (S next : table.nextFrom(todo.pop())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }
}
