package dev.noblame.ports;

/**
 * A CI server whose build pages NoBlame annotates (Jenkins). Called by the outbox worker only,
 * never from a use case directly: use cases enqueue on topic {@code jenkins.build.describe}.
 */
public interface BuildServer {
    /**
     * Sets the text shown on the build page. Idempotent: writing the same text twice is harmless.
     *
     * @param buildUrl the build's absolute URL as the CI server reported it
     */
    void describeBuild(String buildUrl, String description);
}
