package dev.noblame.jenkins.gate;

import dev.noblame.common.DomainEvent;

/**
 * Where gate overrides go: the evidence chain. The hub passes its evidence log's
 * {@code append(DomainEvent, actor)}; an override that cannot be recorded is not granted.
 */
@FunctionalInterface
public interface GateEvidence {
    void record(DomainEvent event, String actor);
}
