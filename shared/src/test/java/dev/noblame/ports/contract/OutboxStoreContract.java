package dev.noblame.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.outbox.OutboxRecord;
import dev.noblame.outbox.OutboxState;
import dev.noblame.outbox.TopicStats;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.OutboxStore;
import dev.noblame.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxStore} must do: idempotent enqueue, claims that keep owners apart,
 * outcomes that only the current owner can record, dead letters and their requeue. A
 * database adapter's test extends this; the store must take "now" for new messages from the
 * clock it is given.
 */
public abstract class OutboxStoreContract {
    protected static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(5);
    static final String JIRA = "jira.action.upsert";
    static final String WIKI = "confluence.page.publish";

    protected final MutableClock clock = new MutableClock(T0);
    protected OutboxStore store;

    /** A fresh, empty store whose new messages are created at {@code clock.instant()}. */
    protected abstract OutboxStore newStore(Clock clock);

    @BeforeEach
    void freshStore() {
        store = newStore(clock);
    }

    @Test
    void a_new_message_is_due_at_once_and_its_claim_counts_the_first_attempt() {
        store.enqueue(JIRA, "ACT-1", "{\"a\":1}");

        List<OutboxMessage> claimed = store.claim("w1", T0, LEASE, 10);

        assertThat(claimed).singleElement().satisfies(m -> {
            assertThat(m.topic()).isEqualTo(JIRA);
            assertThat(m.idempotencyKey()).isEqualTo("ACT-1");
            assertThat(m.payload()).isEqualTo("{\"a\":1}");
            assertThat(m.attempts()).isEqualTo(1);
        });
    }

    @Test
    void enqueueing_a_key_again_in_any_state_stores_nothing() {
        store.enqueue(JIRA, "ACT-1", "{\"v\":1}");
        store.enqueue(JIRA, "ACT-1", "{\"v\":2}");
        store.enqueue(WIKI, "ACT-1", "{}");
        OutboxMessage m = store.claim("w1", T0, LEASE, 1).get(0);
        store.markDelivered(m.id(), "w1", T0);
        store.enqueue(JIRA, "ACT-1", "{\"v\":3}");

        List<OutboxMessage> rest = store.claim("w1", T0, LEASE, 10);

        assertThat(m.payload()).isEqualTo("{\"v\":1}");
        assertThat(rest).extracting(OutboxMessage::topic).containsExactly(WIKI);
    }

    @Test
    void claims_take_the_oldest_first_up_to_the_limit_and_never_a_message_another_owner_holds() {
        for (int i = 1; i <= 5; i++) {
            store.enqueue(JIRA, "ACT-" + i, "{}");
        }

        List<OutboxMessage> first = store.claim("w1", T0, LEASE, 3);
        List<OutboxMessage> second = store.claim("w2", T0, LEASE, 3);

        assertThat(first).extracting(OutboxMessage::idempotencyKey).containsExactly("ACT-1", "ACT-2", "ACT-3");
        assertThat(second).extracting(OutboxMessage::idempotencyKey).containsExactly("ACT-4", "ACT-5");
        assertThat(store.claim("w3", T0.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
    }

    @Test
    void a_claim_whose_lease_ran_out_can_be_taken_over_and_the_old_owner_can_no_longer_record_an_outcome() {
        store.enqueue(JIRA, "ACT-1", "{}");
        long id = store.claim("w1", T0, LEASE, 1).get(0).id();

        List<OutboxMessage> takeover = store.claim("w2", T0.plus(LEASE), LEASE, 1);

        assertThat(takeover).singleElement().satisfies(m -> assertThat(m.attempts()).isEqualTo(2));
        assertThat(store.markDelivered(id, "w1", T0.plus(LEASE))).isFalse();
        assertThat(store.reschedule(id, "w1", T0, "late")).isFalse();
        assertThat(store.deadLetter(id, "w1", T0, "late")).isFalse();
        assertThat(store.markDelivered(id, "w2", T0.plus(LEASE))).isTrue();
        assertThat(store.find(id)).hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(OutboxState.DELIVERED));
    }

    @Test
    void a_rescheduled_message_waits_until_its_next_attempt_and_keeps_its_error() {
        store.enqueue(JIRA, "ACT-1", "{}");
        long id = store.claim("w1", T0, LEASE, 1).get(0).id();

        assertThat(store.reschedule(id, "w1", T0.plusSeconds(30), "attempt 1: HTTP 503")).isTrue();

        assertThat(store.claim("w1", T0.plusSeconds(29), LEASE, 1)).isEmpty();
        assertThat(store.claim("w2", T0.plusSeconds(30), LEASE, 1)).hasSize(1);
        OutboxRecord record = store.find(id).orElseThrow();
        assertThat(record.lastError()).isEqualTo("attempt 1: HTTP 503");
        assertThat(record.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(record.attempts()).isEqualTo(2);
    }

    @Test
    void a_dead_letter_is_listed_not_claimed_and_can_be_requeued_with_fresh_attempts() {
        store.enqueue(JIRA, "ACT-1", "{}");
        store.enqueue(JIRA, "ACT-2", "{}");
        long id = store.claim("w1", T0, LEASE, 1).get(0).id();
        assertThat(store.deadLetter(id, "w1", T0.plusSeconds(1), "rejected: project XYZ does not exist")).isTrue();

        assertThat(store.deadLetters(0, 10)).singleElement().satisfies(dead -> {
            assertThat(dead.id()).isEqualTo(id);
            assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
            assertThat(dead.lastError()).isEqualTo("rejected: project XYZ does not exist");
            assertThat(dead.finishedAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(dead.createdAt()).isEqualTo(T0);
        });
        assertThat(store.deadLetters(id, 10)).isEmpty();
        assertThat(store.claim("w1", T0.plusSeconds(600), LEASE, 10)).extracting(OutboxMessage::idempotencyKey)
                .containsExactly("ACT-2");

        assertThat(store.requeue(id, T0.plusSeconds(700))).isTrue();
        assertThat(store.requeue(id, T0.plusSeconds(700))).isFalse();
        assertThat(store.claim("w2", T0.plusSeconds(700), LEASE, 10)).singleElement()
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(1));
    }

    @Test
    void topic_stats_count_pending_and_dead_and_remember_the_last_delivery() {
        store.enqueue(JIRA, "ACT-1", "{}");
        clock.set(T0.plusSeconds(10));
        store.enqueue(WIKI, "INC-1", "{}");
        store.enqueue(WIKI, "INC-2", "{}");
        List<OutboxMessage> claimed = store.claim("w1", T0.plusSeconds(20), LEASE, 10);
        store.markDelivered(claimed.get(0).id(), "w1", T0.plusSeconds(21));
        store.deadLetter(claimed.get(1).id(), "w1", T0.plusSeconds(22), "rejected");

        assertThat(store.topics()).containsExactlyInAnyOrder(
                new TopicStats(JIRA, 0, 0, null, T0.plusSeconds(21)),
                new TopicStats(WIKI, 1, 1, T0.plusSeconds(10), null));
    }

    @Test
    void purging_removes_only_delivered_messages_finished_before_the_cutoff() {
        store.enqueue(JIRA, "ACT-1", "{}");
        store.enqueue(JIRA, "ACT-2", "{}");
        store.enqueue(JIRA, "ACT-3", "{}");
        List<OutboxMessage> claimed = store.claim("w1", T0, LEASE, 2);
        store.markDelivered(claimed.get(0).id(), "w1", T0.plusSeconds(1));
        store.deadLetter(claimed.get(1).id(), "w1", T0.plusSeconds(1), "rejected");

        assertThat(store.purgeDelivered(T0.plusSeconds(2))).isEqualTo(1);
        assertThat(store.find(claimed.get(0).id())).isEmpty();
        assertThat(store.find(claimed.get(1).id())).isPresent();
    }

    @Test
    void owners_claiming_at_the_same_time_from_many_threads_never_get_the_same_message() throws Exception {
        int messages = 200;
        for (int i = 0; i < messages; i++) {
            store.enqueue(JIRA, "ACT-" + i, "{}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> claims = new ArrayList<>();
        for (int owner = 0; owner < 4; owner++) {
            String name = "w" + owner;
            claims.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (List<OutboxMessage> batch = store.claim(name, T0, LEASE, 7); !batch.isEmpty();
                        batch = store.claim(name, T0, LEASE, 7)) {
                    batch.forEach(m -> mine.add(m.id()));
                }
                return mine;
            }));
        }
        Set<Long> seen = new HashSet<>();
        int total = 0;
        for (Future<List<Long>> f : claims) {
            List<Long> ids = f.get();
            total += ids.size();
            seen.addAll(ids);
        }
        pool.shutdown();

        assertThat(total).as("no message claimed twice").isEqualTo(seen.size()).isEqualTo(messages);
    }
}
