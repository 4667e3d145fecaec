package dev.noblame.common;

/** The outcome of a legal move: the aggregate after it, and the event that records it. */
public record Transition<T>(T after, DomainEvent event) {
}
