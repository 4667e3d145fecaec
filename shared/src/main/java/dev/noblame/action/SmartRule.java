package dev.noblame.action;

import java.util.Optional;
import java.util.function.Function;

/** A named SMART rule: looks at an action and returns a finding, or nothing. The catalogue is {@link SmartCheck#RULES}. */
public record SmartRule(String id, String description, Function<ActionItem, Optional<SmartFinding>> check) {
    public Optional<SmartFinding> apply(ActionItem action) {
        return check.apply(action);
    }
}
