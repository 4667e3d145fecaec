package dev.noblame.sla;

/** Which clock: the postmortem's draft, its review, or an action item's due date. */
public enum DeadlineKind {
    POSTMORTEM_DRAFT, POSTMORTEM_REVIEW, ACTION
}
