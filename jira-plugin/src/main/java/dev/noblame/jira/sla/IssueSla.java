package dev.noblame.jira.sla;

import dev.noblame.sla.SlaState;
import java.time.LocalDate;
import java.util.Objects;

/** An action's SLA as its Jira issue shows it: the due date (a day, as Jira's date fields hold) and the state. */
public record IssueSla(LocalDate due, SlaState state) {
    public IssueSla {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
    }
}
