package dev.noblame.jenkins.correlation;

import dev.noblame.jenkins.JenkinsSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How far apart a deployment and an incident may start and still be related: an incident may
 * start up to {@code after} after the deployment started (default 2 h) or {@code before} before it
 * (default 0: only clock skew between tools would put an incident caused by a deploy earlier).
 */
public record CorrelationPolicy(Duration before, Duration after) {
    public CorrelationPolicy {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isNegative() || after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("windows must not be negative and 'after' must be positive");
        }
    }

    public static CorrelationPolicy defaults() {
        return new CorrelationPolicy(Duration.ZERO, Duration.ofHours(2));
    }

    public static CorrelationPolicy of(JenkinsSettings settings) {
        return new CorrelationPolicy(settings.windowBefore(), settings.windowAfter());
    }
}
