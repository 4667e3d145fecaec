package dev.noblame.jenkins.intake;

import dev.noblame.deployment.Deployment;
import java.util.Objects;

/**
 * A deployment as one Jenkins event reported it. {@code eventKey} is (job URL, build number,
 * phase), what intake is idempotent on. {@code caughtBeforeProduction} marks a failure stopped
 * before it reached users (a failed canary, an automatic rollback): a near-miss, not an incident.
 */
public record DeploymentEvent(Deployment deployment, String source, String phase, String eventKey,
                              boolean caughtBeforeProduction, String branch) {
    public static final String NOTIFICATION = "notification";
    public static final String LIBRARY = "library";

    public DeploymentEvent {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(eventKey, "eventKey");
    }
}
