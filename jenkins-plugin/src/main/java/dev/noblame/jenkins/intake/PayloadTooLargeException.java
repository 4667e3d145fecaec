package dev.noblame.jenkins.intake;

import dev.noblame.common.DomainException;

/** The body is larger than {@code jenkins.intake.max_body_bytes}; the HTTP layer answers 413. */
public final class PayloadTooLargeException extends DomainException {
    private final int limit;

    public PayloadTooLargeException(int size, int limit) {
        super("body has " + size + " bytes, more than the limit of " + limit + " (jenkins.intake.max_body_bytes)");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
