package dev.noblame.compliance;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.DomainException;
import dev.noblame.common.Transition;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether an incident's records are under legal hold. While held, nothing of the incident may be
 * deleted (retention jobs, "delete report", redaction that drops originals): callers ask
 * {@link #checkDeletion(String)} first. Placing and releasing a hold are events in the evidence chain.
 */
public record LegalHold(IncidentId incident, boolean active, String reason, String by, Instant since) {
    public LegalHold {
        Objects.requireNonNull(incident, "incident");
    }

    public static LegalHold none(IncidentId incident) {
        return new LegalHold(incident, false, null, null, null);
    }

    public Transition<LegalHold> place(String placedBy, String why, Instant at) {
        if (why == null || why.isBlank()) {
            throw ValidationException.field("reason", "is required to place a legal hold");
        }
        if (placedBy == null || placedBy.isBlank()) {
            throw ValidationException.field("by", "is required to place a legal hold");
        }
        if (active) {
            throw new DomainException(incident + " is already under legal hold since " + since);
        }
        LegalHold after = new LegalHold(incident, true, why.strip(), placedBy, at);
        return new Transition<>(after, DomainEvent.of("compliance.legal_hold_placed", incident.toString(), at,
                "by", placedBy, "reason", after.reason()));
    }

    public Transition<LegalHold> release(String releasedBy, Instant at) {
        if (!active) {
            throw new DomainException(incident + " is not under legal hold");
        }
        return new Transition<>(none(incident), DomainEvent.of("compliance.legal_hold_released", incident.toString(), at,
                "by", releasedBy, "heldSince", since.toString()));
    }

    /** Refuses deletion while held; {@code what} names the thing someone tried to delete. */
    public void checkDeletion(String what) {
        if (active) {
            throw new DomainException("cannot delete " + what + ": " + incident + " is under legal hold since " + since
                    + " (" + reason + ")");
        }
    }

    public boolean allowsDeletion() {
        return !active;
    }
}
