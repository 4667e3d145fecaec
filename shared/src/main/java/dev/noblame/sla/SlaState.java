package dev.noblame.sla;

/** Where an item stands against its deadline at a given instant. */
public enum SlaState {
    /** Outstanding, and the reminder point has not come yet. */
    ON_TRACK,
    /** Outstanding, past the reminder point, not yet due. */
    DUE_SOON,
    /** Outstanding and past due. */
    BREACHED,
    /** Finished at or before the deadline. */
    MET,
    /** Finished after the deadline. */
    MET_LATE,
    /** No longer owed: the action is wont_do, or the postmortem is not_required. */
    WAIVED;

    public boolean isOutstanding() {
        return this == ON_TRACK || this == DUE_SOON || this == BREACHED;
    }

    /** Where an item with this deadline stands at {@code now}; {@code doneAt} is null while it is outstanding. */
    public static SlaState of(long dueMillis, long remindMillis, long doneAtMillisOrMinus1, long nowMillis) {
        if (doneAtMillisOrMinus1 >= 0 && doneAtMillisOrMinus1 <= nowMillis) {
            return doneAtMillisOrMinus1 <= dueMillis ? MET : MET_LATE;
        }
        if (nowMillis >= dueMillis) {
            return BREACHED;
        }
        return nowMillis >= remindMillis ? DUE_SOON : ON_TRACK;
    }
}
