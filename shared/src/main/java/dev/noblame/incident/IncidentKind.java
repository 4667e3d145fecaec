package dev.noblame.incident;

public enum IncidentKind {
    INCIDENT, NEAR_MISS
}
