package dev.noblame.sla;

import dev.noblame.common.Checks;

/**
 * The rules of one service (policy {@code services.<name>}); the entry {@code default} holds what
 * unlisted services get. {@code tier} picks the priority-action window; {@code calendar} names
 * one of the policy's calendars; {@code owner} receives escalations; the deploy gate blocks a
 * service with more than {@code maxBreachedPriorityActions} breached priority actions.
 */
public record ServicePolicy(String service, int tier, String calendar, String owner, int maxBreachedPriorityActions) {
    public ServicePolicy {
        Checks.start()
                .notBlank(service, "service")
                .require(tier >= 1, "tier", "must be 1 or more")
                .notBlank(calendar, "calendar")
                .require(maxBreachedPriorityActions >= 0, "maxBreachedPriorityActions", "must not be negative")
                .orThrow();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }
}
