package dev.noblame.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.memory.InMemoryOutboxStore;
import dev.noblame.ports.memory.ScriptedOutboxHandler;
import dev.noblame.ports.memory.ScriptedOutboxHandler.Failure;
import dev.noblame.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {
    static final String JIRA = "jira.action.upsert";
    static final OutboxSettings SETTINGS =
            new OutboxSettings(10, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofMinutes(1), 4);

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    final InMemoryOutboxStore store = new InMemoryOutboxStore(clock);

    OutboxWorker worker(OutboxHandler... handlers) {
        return new OutboxWorker(store, List.of(handlers), SETTINGS, "worker-a", clock, FixedRandom.highest());
    }

    @Test
    void a_message_that_fails_twice_is_retried_with_backoff_and_then_delivered() {
        ScriptedOutboxHandler jira = ScriptedOutboxHandler.failingFirst(2, Failure.RETRY, JIRA);
        OutboxWorker worker = worker(jira);
        store.enqueue(JIRA, "ACT-1", "{\"summary\":\"add alert\"}");

        assertThat(worker.deliverDue()).isEqualTo(new DeliveryRound(1, 0, 1, 0, 0));
        assertThat(worker.deliverDue().idle()).as("not due again before its backoff ends").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(worker.deliverDue().retried()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(4));
        assertThat(worker.deliverDue().delivered()).isEqualTo(1);

        assertThat(jira.delivered()).extracting(m -> m.idempotencyKey()).containsExactly("ACT-1");
        OutboxRecord record = store.find(1).orElseThrow();
        assertThat(record.state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(record.attempts()).isEqualTo(3);
        assertThat(record.lastError()).isEqualTo("attempt 2: scripted failure of attempt 2");
    }

    @Test
    void the_wait_after_each_failure_doubles_up_to_the_cap() {
        OutboxWorker worker = worker(ScriptedOutboxHandler.failingAlways(Failure.RETRY, JIRA));
        store.enqueue(JIRA, "ACT-1", "{}");
        OutboxWorker patient = new OutboxWorker(store, List.of(ScriptedOutboxHandler.failingAlways(Failure.RETRY, JIRA)),
                new OutboxSettings(10, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(20), 10),
                "worker-b", clock, FixedRandom.highest());

        List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant before = clock.instant();
            assertThat(patient.deliverDue().retried()).isEqualTo(1);
            Instant next = store.find(1).orElseThrow().nextAttemptAt();
            waits.add(Duration.between(before, next).toSeconds());
            clock.advance(Duration.between(before, next));
        }

        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 20L, 20L);
        assertThat(worker.owner()).isEqualTo("worker-a");
    }

    @Test
    void with_real_jitter_each_wait_stays_within_its_ceiling() {
        store.enqueue(JIRA, "ACT-1", "{}");
        OutboxWorker worker = new OutboxWorker(store, List.of(ScriptedOutboxHandler.failingAlways(Failure.RETRY, JIRA)),
                new OutboxSettings(10, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(20), 20),
                "worker-a", clock, new SplittableRandom(7));
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(20));

        for (int attempt = 1; attempt <= 8; attempt++) {
            Instant before = clock.instant();
            worker.deliverDue();
            Duration wait = Duration.between(before, store.find(1).orElseThrow().nextAttemptAt());
            assertThat(wait).isBetween(Duration.ZERO, backoff.ceiling(attempt));
            clock.advance(wait);
        }
    }

    @Test
    void a_message_that_keeps_failing_becomes_a_dead_letter_after_the_last_attempt() {
        OutboxWorker worker = worker(ScriptedOutboxHandler.failingAlways(Failure.RETRY, JIRA));
        store.enqueue(JIRA, "ACT-1", "{}");

        for (int attempt = 1; attempt < SETTINGS.maxAttempts(); attempt++) {
            assertThat(worker.deliverDue().retried()).isEqualTo(1);
            clock.advance(SETTINGS.maxBackoff());
        }
        assertThat(worker.deliverDue().deadLettered()).isEqualTo(1);

        assertThat(store.deadLetters(0, 10)).singleElement().satisfies(dead -> {
            assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
            assertThat(dead.attempts()).isEqualTo(4);
            assertThat(dead.lastError()).isEqualTo("gave up after 4 attempts; last error: scripted failure of attempt 4");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(worker.deliverDue().idle()).as("a dead letter is not retried by itself").isTrue();
    }

    @Test
    void a_rejected_message_becomes_a_dead_letter_at_once() {
        OutboxWorker worker = worker(ScriptedOutboxHandler.rejecting(JIRA));
        store.enqueue(JIRA, "ACT-1", "{}");

        assertThat(worker.deliverDue()).isEqualTo(new DeliveryRound(1, 0, 0, 1, 0));
        assertThat(store.find(1).orElseThrow().lastError()).isEqualTo("rejected: scripted rejection");
    }

    @Test
    void a_message_for_a_topic_nobody_owns_becomes_a_dead_letter_naming_the_topic() {
        OutboxWorker worker = worker(ScriptedOutboxHandler.succeeding(JIRA));
        store.enqueue("confluence.page.publish", "INC-3", "{}");

        assertThat(worker.deliverDue().deadLettered()).isEqualTo(1);
        assertThat(store.find(1).orElseThrow().lastError())
                .isEqualTo("no handler owns topic 'confluence.page.publish' (known topics: " + JIRA + ")");
    }

    @Test
    void the_hosts_retry_after_is_honoured_instead_of_the_backoff() {
        OutboxWorker worker = worker(ScriptedOutboxHandler.failingFirst(1, Failure.RETRY_AFTER, JIRA)
                .retryingAfter(Duration.ofSeconds(90)));
        store.enqueue(JIRA, "ACT-1", "{}");

        worker.deliverDue();

        assertThat(store.find(1).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(90));
    }

    @Test
    void a_handler_that_throws_is_retried_like_a_transient_failure() {
        ScriptedOutboxHandler jira = ScriptedOutboxHandler.failingFirst(1, Failure.THROW, JIRA);
        OutboxWorker worker = worker(jira);
        store.enqueue(JIRA, "ACT-1", "{}");

        assertThat(worker.deliverDue().retried()).isEqualTo(1);
        assertThat(store.find(1).orElseThrow().lastError())
                .isEqualTo("attempt 1: IllegalStateException: scripted crash of attempt 1");
        clock.advance(SETTINGS.maxBackoff());
        assertThat(worker.deliverDue().delivered()).isEqualTo(1);
    }

    @Test
    void a_requeued_dead_letter_gets_a_fresh_set_of_attempts() {
        store.enqueue(JIRA, "ACT-1", "{}");
        worker(ScriptedOutboxHandler.rejecting(JIRA)).deliverDue();

        assertThat(store.requeue(1, clock.instant())).isTrue();
        assertThat(store.requeue(1, clock.instant())).as("only a dead letter can be requeued").isFalse();
        ScriptedOutboxHandler fixed = ScriptedOutboxHandler.succeeding(JIRA);
        assertThat(worker(fixed).deliverDue().delivered()).isEqualTo(1);
        assertThat(store.find(1).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void each_topic_reports_its_backlog_dead_letters_and_last_delivery() {
        store.enqueue(JIRA, "ACT-1", "{}");
        store.enqueue("confluence.page.publish", "INC-1", "{}");
        store.enqueue("confluence.page.publish", "INC-2", "{}");
        OutboxWorker worker = new OutboxWorker(store, List.of(ScriptedOutboxHandler.succeeding(JIRA),
                ScriptedOutboxHandler.rejecting("confluence.page.publish")),
                new OutboxSettings(2, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofMinutes(1), 4),
                "worker-a", clock, FixedRandom.highest());
        Instant start = clock.instant();

        clock.advance(Duration.ofSeconds(5));
        worker.deliverDue();

        assertThat(store.topics()).containsExactly(
                new TopicStats("confluence.page.publish", 1, 1, start, null),
                new TopicStats(JIRA, 0, 0, null, start.plusSeconds(5)));
    }

    @Test
    void draining_runs_full_rounds_until_the_backlog_is_gone() {
        for (int i = 1; i <= 25; i++) {
            store.enqueue(JIRA, "ACT-" + i, "{}");
        }
        ScriptedOutboxHandler jira = ScriptedOutboxHandler.succeeding(JIRA);

        DeliveryRound total = worker(jira).drain(Duration.ofMinutes(1));

        assertThat(total).isEqualTo(new DeliveryRound(25, 25, 0, 0, 0));
        assertThat(jira.delivered()).hasSize(25);
    }

    @Test
    void draining_stops_when_its_time_budget_is_spent() {
        for (int i = 1; i <= 25; i++) {
            store.enqueue(JIRA, "ACT-" + i, "{}");
        }
        OutboxHandler slow = new OutboxHandler() {
            @Override
            public java.util.Set<String> topics() {
                return java.util.Set.of(JIRA);
            }

            @Override
            public dev.noblame.ports.Delivery deliver(dev.noblame.ports.OutboxMessage message) {
                clock.advance(Duration.ofSeconds(1));
                return dev.noblame.ports.Delivery.delivered("ok");
            }
        };

        DeliveryRound total = worker(slow).drain(Duration.ofSeconds(15));

        assertThat(total.delivered()).as("two rounds of ten: the budget ran out during the second").isEqualTo(20);
    }

    @Test
    void two_handlers_claiming_one_topic_are_refused() {
        assertThatThrownBy(() -> worker(ScriptedOutboxHandler.succeeding(JIRA), ScriptedOutboxHandler.succeeding(JIRA, "x")))
                .hasMessageContaining("'" + JIRA + "' has two handlers");
    }

    @Test
    void bad_settings_are_refused_naming_the_setting() {
        assertThatThrownBy(() -> new OutboxSettings(0, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .hasMessageContaining("outbox.batchSize").hasMessageContaining("outbox.maxAttempts");
        assertThatThrownBy(() -> new OutboxSettings(5, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .hasMessageContaining("outbox.maxBackoff");
    }
}
