package dev.noblame.postmortem;

import dev.noblame.incident.Severity;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a postmortem is required: the severities that always need one, and whether data loss,
 * security/data exposure or an explicit request each trigger one regardless of severity.
 * {@code nearMiss} is what a near-miss gets when no other trigger applies (a light review by default).
 * Part of the policy file under {@code postmortem.required} and {@code postmortem.nearMiss}.
 */
public record PostmortemTriggers(Set<Severity> severities, boolean dataLoss, boolean securityExposure,
                                 boolean onRequest, Requirement nearMiss) {

    /** Google SRE's triggers; Atlassian requires one for severity 2 and above. Near-misses get a light review. */
    public static final PostmortemTriggers DEFAULTS = new PostmortemTriggers(
            EnumSet.of(Severity.SEV1, Severity.SEV2), true, true, true, Requirement.LIGHT_REVIEW);

    public PostmortemTriggers {
        severities = severities == null || severities.isEmpty()
                ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(severities));
        Objects.requireNonNull(nearMiss, "nearMiss");
    }
}
