package dev.noblame.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.ports.memory.InMemoryCheckpointStore;
import dev.noblame.ports.memory.InMemoryEvidenceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EvidenceLogTest {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final CheckpointSigner SIGNER = new CheckpointSigner(EvidenceKeys.generate());

    final InMemoryEvidenceStore entries = new InMemoryEvidenceStore();
    final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    final EvidenceLog log = new EvidenceLog(entries, checkpoints, SIGNER, 3, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));

    @Test
    void the_first_entry_links_to_genesis_and_each_next_one_to_its_predecessor() {
        EvidenceEntry first = log.append(DomainEvent.of("incident.reported", "INC-1", T0, "kind", "incident"), null);
        EvidenceEntry second = log.append(DomainEvent.of("incident.triaged", "INC-1", T0.plusSeconds(5), "severity", "sev2"), "ana");

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(EvidenceChain.GENESIS);
        assertThat(first.hash()).isEqualTo(EvidenceChain.hash(EvidenceChain.GENESIS, first.canonicalJson()));
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(entries.page(0, 10)).containsExactly(first, second);
    }

    @Test
    void an_anonymous_report_is_recorded_without_an_actor() {
        EvidenceEntry entry = log.append(DomainEvent.of("report.received", "INC-4", T0, "kind", "near_miss"), null);

        assertThat(entry.actor()).isNull();
        assertThat(entry.canonicalJson()).contains("\"actor\":null");
    }

    @Test
    void the_canonical_form_of_an_entry_names_every_field_but_the_hash() {
        EvidenceEntry entry = log.append(DomainEvent.of("incident.resolved", "INC-7", T0, "by", "rollback"), "sre-bot");

        assertThat(entry.canonicalJson()).isEqualTo("{\"actor\":\"sre-bot\",\"data\":{\"by\":\"rollback\"},"
                + "\"occurred_at\":\"2026-03-01T09:00:00.000000Z\",\"prev_hash\":\"" + EvidenceChain.GENESIS + "\","
                + "\"recorded_at\":\"2026-03-01T09:01:00.000000Z\",\"sequence\":1,\"subject\":\"INC-7\","
                + "\"type\":\"incident.resolved\"}");
    }

    @Test
    void a_timeline_entry_is_recorded_with_its_author_text_and_source() {
        EvidenceEntry entry = log.append(new TimelineEntry(IncidentId.of(3), T0, "paged the on-call", "pagerduty", "lee"));

        assertThat(entry.subject()).isEqualTo("INC-3");
        assertThat(entry.type()).isEqualTo("timeline.entry");
        assertThat(entry.actor()).isEqualTo("lee");
        assertThat(entry.data()).isEqualTo(Map.of("text", "paged the on-call", "source", "pagerduty"));
    }

    @Test
    void a_checkpoint_is_signed_every_n_entries() {
        for (int i = 0; i < 7; i++) {
            log.append(DomainEvent.of("note", "INC-1", T0), null);
        }

        assertThat(checkpoints.page(0, 10)).extracting(Checkpoint::sequence).containsExactly(3L, 6L);
        Checkpoint sixth = checkpoints.latest().orElseThrow();
        assertThat(sixth.hash()).isEqualTo(entries.page(5, 1).get(0).hash());
        assertThat(CheckpointSigner.verifies(sixth, log.verificationKey())).isTrue();
    }

    @Test
    void facts_appended_as_one_batch_chain_exactly_as_one_by_one_with_checkpoints_in_the_same_places() {
        log.append(DomainEvent.of("note", "INC-1", T0), null);
        List<EvidenceDraft> batch = List.of(
                EvidenceDraft.of(DomainEvent.of("incident.reported", "INC-2", T0, "kind", "incident"), null),
                EvidenceDraft.of(DomainEvent.of("incident.reported", "INC-3", T0, "kind", "near_miss"), "ana"),
                EvidenceDraft.of(DomainEvent.of("incident.reported", "INC-4", T0, "kind", "incident"), null),
                EvidenceDraft.of(DomainEvent.of("incident.reported", "INC-5", T0, "kind", "incident"), null),
                EvidenceDraft.of(DomainEvent.of("incident.reported", "INC-6", T0, "kind", "incident"), null));

        List<EvidenceEntry> appended = log.appendDrafts(batch);

        InMemoryEvidenceStore alone = new InMemoryEvidenceStore();
        EvidenceLog oneByOne = new EvidenceLog(alone, new InMemoryCheckpointStore(), SIGNER, 3,
                Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
        oneByOne.append(DomainEvent.of("note", "INC-1", T0), null);
        batch.forEach(oneByOne::append);
        assertThat(appended).extracting(EvidenceEntry::sequence).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(entries.page(0, 10)).containsExactlyElementsOf(alone.page(0, 10));
        assertThat(checkpoints.page(0, 10)).extracting(Checkpoint::sequence).containsExactly(3L, 6L);
    }

    @Test
    void an_on_demand_checkpoint_signs_the_head_once() {
        log.append(DomainEvent.of("note", "INC-1", T0), null);
        log.append(DomainEvent.of("note", "INC-1", T0), null);

        assertThat(log.checkpoint()).map(Checkpoint::sequence).contains(2L);
        assertThat(log.checkpoint()).as("the head is signed already").isEmpty();
        assertThat(new EvidenceLog(new InMemoryEvidenceStore(), new InMemoryCheckpointStore(), SIGNER, 3, Clock.systemUTC())
                .checkpoint()).as("an empty chain has nothing to sign").isEmpty();
    }

    @Test
    void a_bad_fact_is_refused_naming_the_field_and_nothing_is_stored() {
        assertThatThrownBy(() -> log.append(new EvidenceDraft(" ", "note", T0, "", Map.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("subject", "actor"));
        assertThat(entries.latest()).isEmpty();
    }

    @Test
    void transactions_that_append_twice_while_holding_the_head_lock_never_deadlock() {
        TransactionalStore store = new TransactionalStore();
        EvidenceLog txLog = new EvidenceLog(store, checkpoints, SIGNER, 7, Clock.systemUTC());

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        txLog.append(DomainEvent.of("incident.triaged", "INC-1", T0), "ana");
                        Thread.yield(); // let another transaction queue up for the head lock
                        txLog.append(DomainEvent.of("incident.escalated", "INC-1", T0), "ana");
                        store.commit();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        });

        Verification result = new ChainVerifier(store, checkpoints, log.verificationKey()).verify();
        assertThat(result.ok()).as(result.summary()).isTrue();
        assertThat(result.headSequence()).isEqualTo(400);
        assertThat(store.page(0, 400)).extracting(EvidenceEntry::type).containsSequence("incident.triaged", "incident.escalated");
    }

    @Test
    void concurrent_appends_from_many_threads_form_one_unbroken_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            done.add(pool.submit(() -> log.append(DomainEvent.of("note", "INC-" + (n % 5 + 1), T0), null)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        Verification result = new ChainVerifier(entries, checkpoints, log.verificationKey()).verify();
        assertThat(result.ok()).as(result.summary()).isTrue();
        assertThat(result.headSequence()).isEqualTo(400);
        assertThat(entries.ofSubject("INC-2", 0, 1000)).hasSize(80);
    }

    /**
     * A store that behaves like the database adapter: {@code latest()} takes the head lock and
     * keeps it until the thread's transaction commits.
     */
    static final class TransactionalStore implements dev.noblame.ports.EvidenceStore {
        private final InMemoryEvidenceStore rows = new InMemoryEvidenceStore();
        private final java.util.concurrent.locks.ReentrantLock head = new java.util.concurrent.locks.ReentrantLock();

        @Override
        public void append(EvidenceEntry entry) {
            rows.append(entry);
        }

        @Override
        public java.util.Optional<EvidenceEntry> latest() {
            head.lock();
            return rows.latest();
        }

        @Override
        public List<EvidenceEntry> page(long afterSequence, int limit) {
            return rows.page(afterSequence, limit);
        }

        @Override
        public List<EvidenceEntry> ofSubject(String subject, long afterSequence, int limit) {
            return rows.ofSubject(subject, afterSequence, limit);
        }

        void commit() {
            while (head.isHeldByCurrentThread()) {
                head.unlock();
            }
        }
    }
}
