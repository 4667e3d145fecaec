package dev.noblame.ports;

import dev.noblame.common.Checks;

/** Where a page goes: a space key and, optionally, the id of the page to put it under. */
public record PageTarget(String space, String parentId) {
    public PageTarget {
        Checks.start().notBlank(space, "space").orThrow();
        space = space.strip();
        parentId = parentId == null || parentId.isBlank() ? null : parentId.strip();
    }
}
