package dev.noblame.action;

import dev.noblame.common.TransitionTable;

public enum ActionState {
    OPEN, IN_PROGRESS, DONE, VERIFIED_EFFECTIVE, WONT_DO;

    public static final TransitionTable<ActionState> TABLE = TransitionTable.of("action item", ActionState.class)
            .allow(OPEN, IN_PROGRESS, DONE, WONT_DO)
            .allow(IN_PROGRESS, OPEN, DONE, WONT_DO)
            .allow(DONE, VERIFIED_EFFECTIVE, IN_PROGRESS)
            .allow(WONT_DO, OPEN)
            .build();

    /** Still owes work: counts towards SLA clocks. */
    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public boolean isCompleted() {
        return this == DONE || this == VERIFIED_EFFECTIVE;
    }
}
