package dev.noblame.incident;

import java.util.Optional;

/**
 * Who reported. An anonymous reporter carries nothing at all: no name, no address, no agent,
 * so there is nothing to leak.
 */
public record Reporter(Optional<String> userId) {
    private static final Reporter ANONYMOUS = new Reporter(Optional.empty());

    public Reporter {
        userId = userId == null ? Optional.empty() : userId.filter(u -> !u.isBlank());
    }

    public static Reporter anonymous() {
        return ANONYMOUS;
    }

    public static Reporter named(String userId) {
        return new Reporter(Optional.of(userId));
    }

    public boolean isAnonymous() {
        return userId.isEmpty();
    }
}
