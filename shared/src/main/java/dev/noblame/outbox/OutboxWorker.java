package dev.noblame.outbox;

import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Delivers due outbox messages to the handlers that own their topics, one round per call
 * ({@link #deliverDue()}); the scheduler decides how often rounds run.
 *
 * <p>Per message: {@code Delivered} marks it delivered; {@code Retry} and any exception the
 * handler throws reschedule it after the host's {@code Retry-After} when given, else after a
 * {@link Backoff} delay; {@code Rejected}, an unknown topic, or a failure of the last allowed
 * attempt make it a dead letter. Delivery is at least once: a crash after the handler
 * succeeded and before the outcome was stored delivers it again when the lease ends, which is
 * why handlers must be idempotent on the message's key (an upsert keyed by it, or a lookup
 * before a create). Messages are independent: one that keeps failing does not hold others up.
 */
public final class OutboxWorker {
    static final int MAX_ERROR_LENGTH = 2000;
    private static final System.Logger LOG = System.getLogger(OutboxWorker.class.getName());

    private final OutboxStore store;
    private final Map<String, OutboxHandler> handlers = new TreeMap<>();
    private final OutboxSettings settings;
    private final Backoff backoff;
    private final String owner;
    private final Clock clock;
    private final RandomGenerator random;

    public OutboxWorker(OutboxStore store, Collection<? extends OutboxHandler> handlers, OutboxSettings settings,
                        String owner, Clock clock, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.backoff = new Backoff(settings.baseBackoff(), settings.maxBackoff());
        for (OutboxHandler handler : handlers) {
            for (String topic : handler.topics()) {
                OutboxHandler before = this.handlers.putIfAbsent(topic, handler);
                if (before != null) {
                    throw new IllegalArgumentException("outbox topic '" + topic + "' has two handlers: "
                            + before.getClass().getName() + " and " + handler.getClass().getName());
                }
            }
        }
    }

    /** Claims one batch of due messages and delivers each; returns what became of them. */
    public DeliveryRound deliverDue() {
        List<OutboxMessage> batch = store.claim(owner, clock.instant(), settings.lease(), settings.batchSize());
        int delivered = 0;
        int retried = 0;
        int dead = 0;
        int lost = 0;
        for (OutboxMessage message : batch) {
            Outcome outcome = deliver(message);
            if (!outcome.recorded) {
                lost++;
            } else if (outcome.kind == OutcomeKind.DELIVERED) {
                delivered++;
            } else if (outcome.kind == OutcomeKind.RETRIED) {
                retried++;
            } else {
                dead++;
            }
        }
        return new DeliveryRound(batch.size(), delivered, retried, dead, lost);
    }

    /**
     * Runs rounds while they come back full, until a round finds less than a batch or
     * {@code budget} is spent: one scheduler tick then clears a backlog instead of a batch.
     * Returns the rounds' sum.
     */
    public DeliveryRound drain(Duration budget) {
        Instant until = clock.instant().plus(budget);
        DeliveryRound total = new DeliveryRound(0, 0, 0, 0, 0);
        DeliveryRound round;
        do {
            round = deliverDue();
            total = total.plus(round);
        } while (round.claimed() >= settings.batchSize() && clock.instant().isBefore(until));
        return total;
    }

    public String owner() {
        return owner;
    }

    private Outcome deliver(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.topic());
        if (handler == null) {
            return deadLetter(message, "no handler owns topic '" + message.topic() + "' (known topics: "
                    + String.join(", ", handlers.keySet()) + ")");
        }
        Delivery result;
        try {
            result = Objects.requireNonNull(handler.deliver(message), "the handler returned no delivery result");
        } catch (RuntimeException e) {
            result = new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        if (result instanceof Delivery.Delivered) {
            return new Outcome(OutcomeKind.DELIVERED, store.markDelivered(message.id(), owner, clock.instant()));
        }
        if (result instanceof Delivery.Rejected rejected) {
            return deadLetter(message, "rejected: " + rejected.reason());
        }
        Delivery.Retry retry = (Delivery.Retry) result;
        if (message.attempts() >= settings.maxAttempts()) {
            return deadLetter(message, "gave up after " + message.attempts() + " attempts; last error: " + retry.reason());
        }
        Instant now = clock.instant();
        Duration wait = retry.after() != null && !retry.after().isNegative() ? retry.after() : backoff.delay(message.attempts(), random);
        boolean recorded = store.reschedule(message.id(), owner, now.plus(wait), clip("attempt " + message.attempts() + ": " + retry.reason()));
        return new Outcome(OutcomeKind.RETRIED, recorded);
    }

    private Outcome deadLetter(OutboxMessage message, String reason) {
        LOG.log(System.Logger.Level.WARNING, "outbox message {0} ({1} {2}) is a dead letter: {3}",
                message.id(), message.topic(), message.idempotencyKey(), reason);
        return new Outcome(OutcomeKind.DEAD, store.deadLetter(message.id(), owner, clock.instant(), clip(reason)));
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private enum OutcomeKind { DELIVERED, RETRIED, DEAD }

    private record Outcome(OutcomeKind kind, boolean recorded) {
    }
}
