package dev.noblame.postmortem;

/** How much review an incident needs. */
public enum Requirement {
    /** A full postmortem with the whole template, review and SLA clocks. */
    REQUIRED,
    /** A short write-up (summary, what helped, where we got lucky) without a review meeting. */
    LIGHT_REVIEW,
    NOT_REQUIRED
}
