package dev.noblame.incident;

import dev.noblame.common.TransitionTable;

public enum IncidentStatus {
    REPORTED, INVESTIGATING, MITIGATED, RESOLVED, CLOSED, DISMISSED;

    public static final TransitionTable<IncidentStatus> TABLE = TransitionTable.of("incident", IncidentStatus.class)
            .allow(REPORTED, INVESTIGATING, MITIGATED, RESOLVED, DISMISSED)
            .allow(INVESTIGATING, MITIGATED, RESOLVED, DISMISSED)
            .allow(MITIGATED, INVESTIGATING, RESOLVED)
            .allow(RESOLVED, INVESTIGATING, CLOSED)
            .build();

    public boolean isOpen() {
        return this == REPORTED || this == INVESTIGATING || this == MITIGATED;
    }
}
