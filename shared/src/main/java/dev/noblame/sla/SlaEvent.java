package dev.noblame.sla;

import dev.noblame.action.ActionId;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.Objects;

/**
 * A reminder, escalation or effectiveness check that has fallen due.
 *
 * <p>Idempotence: {@link #key()} is stable: it is built from the type, the subject and the deadline
 * it is about (not from the moment of evaluation), so evaluating again yields the same key. The
 * caller passes the keys it already sent to {@link SlaEvaluator} (a {@code Predicate<String>}), and
 * uses the key as the outbox idempotency key, so a crash between sending and recording sends at
 * most a duplicate that the outbox drops. A moved due date gives a new key, hence a fresh reminder.
 *
 * @param at         when the event fell due (reminder point, deadline, or verification point), not "now"
 * @param recipient  reminders and checks: the item's owner. Escalations to {@code OWNER_MANAGER}: the
 *                   owner whose manager is to be told (the directory lookup is the caller's); to
 *                   {@code SERVICE_OWNER}: the service's owner from the policy, or null when the
 *                   policy names none (the caller decides where such escalations go)
 * @param escalateTo for escalations, the target the policy chose; null otherwise
 */
public record SlaEvent(
        String key,
        SlaEventType type,
        DeadlineKind deadline,
        String subject,
        IncidentId incident,
        ActionId action,
        String service,
        String owner,
        Instant due,
        Instant at,
        EscalationTarget escalateTo,
        String recipient) {

    public SlaEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
    }

    static String keyOf(SlaEventType type, DeadlineKind deadline, String subject, Instant due) {
        return type.wireType() + ":" + Wire.name(deadline) + ":" + subject + ":" + due.getEpochSecond();
    }

    /** The event as the evidence chain and the outbox carry it. */
    public DomainEvent toDomainEvent() {
        return DomainEvent.of(type.wireType(), subject, at,
                "key", key,
                "deadline", Wire.name(deadline),
                "service", service,
                "owner", owner,
                "due", due == null ? null : due.toString(),
                "escalateTo", escalateTo == null ? null : Wire.name(escalateTo),
                "recipient", recipient);
    }
}
