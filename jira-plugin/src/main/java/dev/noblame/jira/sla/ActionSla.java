package dev.noblame.jira.sla;

import java.time.LocalDate;
import java.util.Objects;

/** An action's SLA as of a day: when it is due, when to remind, and where it stands. */
public record ActionSla(LocalDate due, LocalDate remindOn, SlaState state) {
    public ActionSla {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(remindOn, "remindOn");
        Objects.requireNonNull(state, "state");
    }
}
