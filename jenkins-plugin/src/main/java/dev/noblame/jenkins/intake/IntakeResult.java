package dev.noblame.jenkins.intake;

/** A valid payload either describes a deployment to correlate or a phase NoBlame does not act on. */
public sealed interface IntakeResult {
    record Accepted(DeploymentEvent event) implements IntakeResult {
    }

    /** Valid but not acted on (QUEUED, STARTED phases of the Notification plugin): answered 202 and dropped. */
    record Ignored(String eventKey, String reason) implements IntakeResult {
    }
}
