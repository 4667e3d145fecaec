package dev.noblame.postmortem;

public enum FactorCategory {
    PEOPLE, PROCESS, TECHNOLOGY, VENDOR, ENVIRONMENT
}
