package dev.noblame.deployment;

public enum DeploymentState {
    STARTED, SUCCESSFUL, FAILED, ROLLED_BACK, CANCELLED;

    /** Failed or rolled back: what counts towards the change failure rate. */
    public boolean isFailure() {
        return this == FAILED || this == ROLLED_BACK;
    }
}
