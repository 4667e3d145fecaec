package dev.noblame.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.OutboxStore;
import dev.noblame.ports.memory.InMemoryOutboxStore;
import dev.noblame.ports.memory.ScriptedOutboxHandler;
import dev.noblame.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** At-least-once delivery, exactly-once storage, and claims that keep workers apart. */
class OutboxDeliveryGuaranteesTest {
    static final String JIRA = "jira.action.upsert";
    static final OutboxSettings SETTINGS =
            new OutboxSettings(7, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofMinutes(1), 4);

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    final InMemoryOutboxStore store = new InMemoryOutboxStore(clock);

    @Test
    void enqueueing_the_same_key_twice_stores_and_delivers_one_message() {
        ScriptedOutboxHandler jira = ScriptedOutboxHandler.succeeding(JIRA);
        OutboxWorker worker = new OutboxWorker(store, List.of(jira), SETTINGS, "a", clock, new SplittableRandom(1));

        store.enqueue(JIRA, "ACT-1", "{\"v\":1}");
        store.enqueue(JIRA, "ACT-1", "{\"v\":2}");
        store.enqueue("confluence.page.publish", "ACT-1", "{}");
        worker.deliverDue();
        store.enqueue(JIRA, "ACT-1", "{\"v\":3}");
        worker.deliverDue();

        assertThat(jira.delivered()).singleElement().satisfies(m -> assertThat(m.payload()).isEqualTo("{\"v\":1}"));
        assertThat(store.find(2)).as("the same key on another topic is another message")
                .hasValueSatisfying(r -> assertThat(r.topic()).isEqualTo("confluence.page.publish"));
    }

    @Test
    void a_crash_between_delivering_and_recording_it_delivers_again_once_the_lease_ends() {
        ScriptedOutboxHandler jira = ScriptedOutboxHandler.succeeding(JIRA);
        store.enqueue(JIRA, "ACT-1", "{}");
        OutboxWorker crashing = new OutboxWorker(new CrashingOnMarkDelivered(store), List.of(jira), SETTINGS, "a", clock,
                new SplittableRandom(1));
        OutboxWorker survivor = new OutboxWorker(store, List.of(jira), SETTINGS, "b", clock, new SplittableRandom(2));

        assertThatThrownBy(crashing::deliverDue).hasMessageContaining("process killed");
        assertThat(survivor.deliverDue().idle()).as("the dead worker's lease still holds").isTrue();
        clock.advance(SETTINGS.lease());
        assertThat(survivor.deliverDue().delivered()).isEqualTo(1);

        assertThat(jira.attempts(JIRA, "ACT-1")).as("delivered twice: handlers must be idempotent on the key").isEqualTo(2);
        assertThat(store.find(1).orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
    }

    @Test
    void a_worker_whose_lease_ran_out_does_not_overwrite_the_outcome_of_the_worker_that_took_over() {
        store.enqueue(JIRA, "ACT-1", "{}");
        List<OutboxMessage> slowClaim = store.claim("slow", clock.instant(), SETTINGS.lease(), 1);
        clock.advance(SETTINGS.lease().plusSeconds(1));
        OutboxWorker fast = new OutboxWorker(store, List.of(ScriptedOutboxHandler.succeeding(JIRA)), SETTINGS, "fast", clock,
                new SplittableRandom(1));

        assertThat(fast.deliverDue().delivered()).isEqualTo(1);
        assertThat(store.reschedule(slowClaim.get(0).id(), "slow", clock.instant(), "timed out")).isFalse();
        assertThat(store.find(1).orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
    }

    @Test
    void two_workers_on_one_store_never_deliver_the_same_message_at_the_same_time() throws Exception {
        int messages = 300;
        for (int i = 1; i <= messages; i++) {
            store.enqueue(JIRA, "ACT-" + i, "{}");
        }
        // one handler shared by both workers sees every delivery, with a pause to let them overlap
        ScriptedOutboxHandler jira = ScriptedOutboxHandler.failingFirst(1, ScriptedOutboxHandler.Failure.THROW, JIRA)
                .taking(Duration.ofMillis(1));
        OutboxSettings noWait = new OutboxSettings(7, Duration.ofMinutes(5), Duration.ofMillis(1), Duration.ofMillis(1), 4);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = List.of("a", "b").stream().map(owner -> pool.submit(() -> {
            OutboxWorker worker = new OutboxWorker(store, List.of(jira), noWait, owner, clock, new SplittableRandom(owner.hashCode()));
            start.await();
            int delivered = 0;
            int idleRounds = 0;
            while (idleRounds < 50) {
                DeliveryRound round = worker.deliverDue();
                delivered += round.delivered();
                idleRounds = round.idle() ? idleRounds + 1 : 0;
                clock.advance(Duration.ofMillis(1));
                Thread.sleep(round.idle() ? 1 : 0);
            }
            return delivered;
        })).toList();
        start.countDown();
        int deliveredByA = runs.get(0).get(60, TimeUnit.SECONDS);
        int deliveredByB = runs.get(1).get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(jira.overlaps()).isEmpty();
        assertThat(deliveredByA + deliveredByB).isEqualTo(messages);
        assertThat(deliveredByA).as("both workers took part").isPositive();
        assertThat(deliveredByB).as("both workers took part").isPositive();
        Map<String, Long> deliveriesPerKey = jira.delivered().stream()
                .collect(Collectors.groupingBy(OutboxMessage::idempotencyKey, Collectors.counting()));
        assertThat(deliveriesPerKey).hasSize(messages).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(store.topics()).singleElement().satisfies(t -> assertThat(t.pending()).isZero());
    }

    @Test
    void delivered_messages_can_be_purged_after_a_retention_period() {
        store.enqueue(JIRA, "ACT-1", "{}");
        store.enqueue(JIRA, "ACT-2", "{}");
        new OutboxWorker(store, List.of(ScriptedOutboxHandler.succeeding(JIRA)), new OutboxSettings(1, Duration.ofMinutes(5),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1), "a", clock, new SplittableRandom(1)).deliverDue();
        clock.advance(Duration.ofDays(8));

        assertThat(store.purgeDelivered(clock.instant().minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(store.find(1)).isEmpty();
        assertThat(store.find(2)).as("still pending, kept").isPresent();
    }

    /** A store whose process dies right after the handler delivered, before the outcome is written. */
    private record CrashingOnMarkDelivered(OutboxStore delegate) implements OutboxStore {
        @Override
        public void enqueue(String topic, String key, String payload) {
            delegate.enqueue(topic, key, payload);
        }

        @Override
        public List<OutboxMessage> claim(String owner, Instant now, Duration lease, int limit) {
            return delegate.claim(owner, now, lease, limit);
        }

        @Override
        public boolean markDelivered(long id, String owner, Instant at) {
            throw new IllegalStateException("process killed");
        }

        @Override
        public boolean reschedule(long id, String owner, Instant next, String error) {
            return delegate.reschedule(id, owner, next, error);
        }

        @Override
        public boolean deadLetter(long id, String owner, Instant at, String reason) {
            return delegate.deadLetter(id, owner, at, reason);
        }

        @Override
        public java.util.Optional<OutboxRecord> find(long id) {
            return delegate.find(id);
        }

        @Override
        public List<OutboxRecord> deadLetters(long afterId, int limit) {
            return delegate.deadLetters(afterId, limit);
        }

        @Override
        public boolean requeue(long id, Instant now) {
            return delegate.requeue(id, now);
        }

        @Override
        public List<TopicStats> topics() {
            return delegate.topics();
        }

        @Override
        public int purgeDelivered(Instant before) {
            return delegate.purgeDelivered(before);
        }
    }
}
