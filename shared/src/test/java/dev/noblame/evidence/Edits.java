package dev.noblame.evidence;

import java.time.Instant;
import java.util.Map;

/** One-field edits of a stored entry, as a tamperer with SQL access would make them. */
final class Edits {
    private Edits() {
    }

    static EvidenceEntry sequence(EvidenceEntry e, long v) {
        return new EvidenceEntry(v, e.subject(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(), e.data(), e.prevHash(), e.hash());
    }

    static EvidenceEntry subject(EvidenceEntry e, String v) {
        return new EvidenceEntry(e.sequence(), v, e.type(), e.occurredAt(), e.recordedAt(), e.actor(), e.data(), e.prevHash(), e.hash());
    }

    static EvidenceEntry type(EvidenceEntry e, String v) {
        return new EvidenceEntry(e.sequence(), e.subject(), v, e.occurredAt(), e.recordedAt(), e.actor(), e.data(), e.prevHash(), e.hash());
    }

    static EvidenceEntry occurredAt(EvidenceEntry e, Instant v) {
        return new EvidenceEntry(e.sequence(), e.subject(), e.type(), v, e.recordedAt(), e.actor(), e.data(), e.prevHash(), e.hash());
    }

    static EvidenceEntry recordedAt(EvidenceEntry e, Instant v) {
        return new EvidenceEntry(e.sequence(), e.subject(), e.type(), e.occurredAt(), v, e.actor(), e.data(), e.prevHash(), e.hash());
    }

    static EvidenceEntry actor(EvidenceEntry e, String v) {
        return new EvidenceEntry(e.sequence(), e.subject(), e.type(), e.occurredAt(), e.recordedAt(), v, e.data(), e.prevHash(), e.hash());
    }

    static EvidenceEntry data(EvidenceEntry e, Map<String, String> v) {
        return new EvidenceEntry(e.sequence(), e.subject(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(), v, e.prevHash(), e.hash());
    }

    static EvidenceEntry prevHash(EvidenceEntry e, String v) {
        return new EvidenceEntry(e.sequence(), e.subject(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(), e.data(), v, e.hash());
    }

    static EvidenceEntry hash(EvidenceEntry e, String v) {
        return new EvidenceEntry(e.sequence(), e.subject(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(), e.data(), e.prevHash(), v);
    }

    /** The same entry with its hash recomputed: a tamperer who knows the rule. */
    static EvidenceEntry rehashed(EvidenceEntry e) {
        return hash(e, EvidenceChain.hashOf(e));
    }
}
