package dev.noblame.jira.sla;

/** What the "SLA state" field shows. */
public enum SlaState {
    ON_TRACK, DUE_SOON, BREACHED, MET, MET_LATE, CLOSED
}
