package dev.noblame.postmortem;

import dev.noblame.common.TransitionTable;

public enum PostmortemStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, CLOSED, NOT_REQUIRED;

    public static final TransitionTable<PostmortemStatus> TABLE = TransitionTable.of("postmortem", PostmortemStatus.class)
            .allow(DRAFT, IN_REVIEW, NOT_REQUIRED)
            .allow(IN_REVIEW, APPROVED, DRAFT)
            .allow(APPROVED, PUBLISHED, DRAFT)
            .allow(PUBLISHED, CLOSED)
            .allow(NOT_REQUIRED, DRAFT)
            .build();
}
