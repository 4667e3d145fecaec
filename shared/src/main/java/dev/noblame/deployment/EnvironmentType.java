package dev.noblame.deployment;

public enum EnvironmentType {
    PRODUCTION, STAGING, TESTING, DEVELOPMENT
}
