package dev.noblame.sla;

import java.time.Instant;

/** One clock of a postmortem: when it is due, when the reminder goes, where it stands. */
public record Deadline(DeadlineKind kind, Instant due, Instant remindAt, SlaState state, Instant doneAt) {
}
