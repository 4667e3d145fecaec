package dev.noblame.sla;

/** Who hears about a breach, in order of preference (policy key {@code escalation.to}). */
public enum EscalationTarget {
    /** The manager of the action's owner; applies only when the item has an owner. */
    OWNER_MANAGER,
    /** The owner of the affected service (policy {@code services.<name>.owner}). */
    SERVICE_OWNER
}
