package dev.noblame.postmortem;

import java.util.List;
import java.util.Objects;

/**
 * Whether an incident needs a postmortem, and every trigger that said so. {@code reasons} holds one
 * line per rule that fired ({@code "severity SEV1 is in the required severities"}); for
 * {@link Requirement#NOT_REQUIRED} it says why none applied, so the UI can show it and a person
 * can still ask for one.
 */
public record PostmortemDecision(Requirement requirement, List<String> reasons, List<String> triggers) {
    public PostmortemDecision {
        Objects.requireNonNull(requirement, "requirement");
        reasons = List.copyOf(reasons);
        triggers = List.copyOf(triggers);
    }

    public boolean isRequired() {
        return requirement == Requirement.REQUIRED;
    }
}
