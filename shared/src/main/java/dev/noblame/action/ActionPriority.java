package dev.noblame.action;

/** Priority actions get the short SLA (4 or 8 weeks by service tier); normal ones 90 days. */
public enum ActionPriority {
    PRIORITY, NORMAL
}
