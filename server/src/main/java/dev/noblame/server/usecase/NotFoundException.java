package dev.noblame.server.usecase;

import dev.noblame.common.DomainException;

/** The id names nothing we hold; the HTTP layer answers 404. */
public final class NotFoundException extends DomainException {
    public NotFoundException(String what) {
        super(what + " does not exist");
    }
}
