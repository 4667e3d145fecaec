package dev.noblame.ports.memory;

import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.OutboxMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An outbox handler for tests that fails on demand: each message's first {@code n} attempts
 * fail (as a retry, with a Retry-After, or by throwing), or every attempt does, or it is
 * rejected. It records what it delivered, and whether two threads ever held the same message
 * at once ({@link #overlaps()}), which a correct claim protocol never allows.
 */
public final class ScriptedOutboxHandler implements OutboxHandler {
    public enum Failure { RETRY, RETRY_AFTER, THROW, REJECT }

    private final Set<String> topics;
    private final Failure failure;
    private final int failingAttempts;
    private final Duration retryAfter;
    private final Duration workTime;
    private final Map<String, Integer> attemptsByKey = new HashMap<>();
    private final List<OutboxMessage> delivered = new ArrayList<>();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Long> overlaps = new ArrayList<>();

    private ScriptedOutboxHandler(Set<String> topics, Failure failure, int failingAttempts, Duration retryAfter, Duration workTime) {
        this.topics = Set.copyOf(topics);
        this.failure = failure;
        this.failingAttempts = failingAttempts;
        this.retryAfter = retryAfter;
        this.workTime = workTime;
    }

    public static ScriptedOutboxHandler succeeding(String... topics) {
        return new ScriptedOutboxHandler(Set.of(topics), Failure.RETRY, 0, null, Duration.ZERO);
    }

    /** Each message's first {@code attempts} attempts fail in the given way, later ones succeed. */
    public static ScriptedOutboxHandler failingFirst(int attempts, Failure how, String... topics) {
        return new ScriptedOutboxHandler(Set.of(topics), how, attempts, Duration.ofSeconds(90), Duration.ZERO);
    }

    public static ScriptedOutboxHandler failingAlways(Failure how, String... topics) {
        return failingFirst(Integer.MAX_VALUE, how, topics);
    }

    public static ScriptedOutboxHandler rejecting(String... topics) {
        return failingAlways(Failure.REJECT, topics);
    }

    /** The same script, with a Retry-After of {@code after} for {@link Failure#RETRY_AFTER}. */
    public ScriptedOutboxHandler retryingAfter(Duration after) {
        return new ScriptedOutboxHandler(topics, failure, failingAttempts, after, workTime);
    }

    /** The same script, taking {@code time} per delivery: widens the window for races in tests. */
    public ScriptedOutboxHandler taking(Duration time) {
        return new ScriptedOutboxHandler(topics, failure, failingAttempts, retryAfter, time);
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        if (!inFlight.add(message.id())) {
            synchronized (this) {
                overlaps.add(message.id());
            }
        }
        try {
            pause();
            int attempt;
            synchronized (this) {
                attempt = attemptsByKey.merge(message.topic() + "\u0000" + message.idempotencyKey(), 1, Integer::sum);
            }
            if (attempt <= failingAttempts) {
                switch (failure) {
                    case RETRY:
                        return Delivery.retry("scripted failure of attempt " + attempt);
                    case RETRY_AFTER:
                        return new Delivery.Retry("scripted 429 on attempt " + attempt, retryAfter);
                    case THROW:
                        throw new IllegalStateException("scripted crash of attempt " + attempt);
                    default:
                        return Delivery.rejected("scripted rejection");
                }
            }
            synchronized (this) {
                delivered.add(message);
            }
            return Delivery.delivered("delivered on attempt " + attempt);
        } finally {
            inFlight.remove(message.id());
        }
    }

    public synchronized List<OutboxMessage> delivered() {
        return List.copyOf(delivered);
    }

    /** How many times the message with this key was handed to this handler, successfully or not. */
    public synchronized int attempts(String topic, String key) {
        return attemptsByKey.getOrDefault(topic + "\u0000" + key, 0);
    }

    /** Ids of messages that were being delivered by two threads at the same time. */
    public synchronized List<Long> overlaps() {
        return List.copyOf(overlaps);
    }

    private void pause() {
        if (!workTime.isZero()) {
            try {
                Thread.sleep(workTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
