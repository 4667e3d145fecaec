package dev.noblame.sla;

/** What the scheduler should send. */
public enum SlaEventType {
    /** The item falls due soon ({@code reminders.before} ahead of its deadline). Goes to the owner. */
    REMINDER,
    /** The item is past due. Goes to the first applicable {@link EscalationTarget}. */
    ESCALATION,
    /** A done action has had {@code actions.verifyEffectivenessAfter} to prove itself: ask whether it worked. */
    VERIFY_EFFECTIVENESS;

    public String wireType() {
        return "sla." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
