package dev.noblame.server.evidence;

import dev.noblame.common.DomainEvent;

/**
 * Where every state change and timeline entry is appended, inside the transaction of the
 * change itself. Backed by the hash-chained evidence log.
 */
public interface EvidenceSink {
    void append(DomainEvent event);
}
