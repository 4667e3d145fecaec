package dev.noblame.deployment;

import java.time.Instant;

/** A commit in a deployment. {@code committedAt} may be unknown (null); lead time needs it. */
public record Commit(String sha, String message, Instant committedAt) {
}
