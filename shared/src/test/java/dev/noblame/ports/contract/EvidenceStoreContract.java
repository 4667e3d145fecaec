package dev.noblame.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.evidence.Checkpoint;
import dev.noblame.evidence.CheckpointSigner;
import dev.noblame.evidence.EvidenceChain;
import dev.noblame.evidence.EvidenceDraft;
import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.evidence.EvidenceKeys;
import dev.noblame.ports.CheckpointStore;
import dev.noblame.ports.EvidenceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EvidenceStore} and {@link CheckpointStore} must do. A database adapter's
 * test extends this and returns fresh, empty stores; above all, every field must come back
 * exactly as written, or the chain stops verifying the moment it is read back.
 */
public abstract class EvidenceStoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456Z");
    static final CheckpointSigner SIGNER = new CheckpointSigner(EvidenceKeys.generate());

    protected EvidenceStore entries;
    protected CheckpointStore checkpoints;

    /** A fresh, empty evidence store. */
    protected abstract EvidenceStore newEvidenceStore();

    /** A fresh, empty checkpoint store. */
    protected abstract CheckpointStore newCheckpointStore();

    @BeforeEach
    void freshStores() {
        entries = newEvidenceStore();
        checkpoints = newCheckpointStore();
    }

    @Test
    void an_empty_store_has_no_latest_entry_and_no_pages() {
        assertThat(entries.latest()).isEmpty();
        assertThat(entries.page(0, 10)).isEmpty();
        assertThat(checkpoints.latest()).isEmpty();
        assertThat(checkpoints.page(0, 10)).isEmpty();
    }

    @Test
    void every_field_comes_back_exactly_as_written_so_the_hash_still_matches() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text", "Ünïcödé 日本 😀 \"quoted\" back\\slash\nnew line\ttab \u0001");
        data.put("", "empty key");
        data.put("empty", "");
        List<EvidenceEntry> written = appendAll(
                new EvidenceDraft("INC-1", "report.received", T0, null, Map.of()),
                new EvidenceDraft("INC-1/ACT-3", "action.done", T0.plusNanos(999), "ana@example.org", data),
                new EvidenceDraft("INC-2", "incident.reported", Instant.parse("1999-12-31T23:59:59.999999Z"), "x".repeat(200),
                        Map.of("k", "v".repeat(10_000))));

        List<EvidenceEntry> read = entries.page(0, 10);

        assertThat(read).containsExactlyElementsOf(written);
        for (EvidenceEntry entry : read) {
            assertThat(EvidenceChain.hashOf(entry)).as("entry %d recomputes to its hash", entry.sequence()).isEqualTo(entry.hash());
        }
    }

    @Test
    void the_latest_entry_is_the_one_with_the_highest_sequence() {
        List<EvidenceEntry> written = appendAll(draft("INC-1"), draft("INC-2"), draft("INC-3"));

        assertThat(entries.latest()).contains(written.get(2));
    }

    @Test
    void pages_run_in_sequence_order_after_the_given_sequence() {
        List<EvidenceEntry> written = appendAll(draft("INC-1"), draft("INC-2"), draft("INC-1"), draft("INC-3"), draft("INC-1"));

        assertThat(entries.page(0, 2)).containsExactly(written.get(0), written.get(1));
        assertThat(entries.page(2, 2)).containsExactly(written.get(2), written.get(3));
        assertThat(entries.page(4, 2)).containsExactly(written.get(4));
        assertThat(entries.page(5, 2)).isEmpty();
        assertThat(entries.ofSubject("INC-1", 0, 10)).containsExactly(written.get(0), written.get(2), written.get(4));
        assertThat(entries.ofSubject("INC-1", 1, 1)).containsExactly(written.get(2));
    }

    @Test
    void an_entry_that_does_not_follow_the_head_is_refused_and_nothing_is_stored() {
        EvidenceEntry first = EvidenceChain.seal(null, draft("INC-1"), T0);
        entries.append(first);
        EvidenceEntry sameSequenceAgain = EvidenceChain.seal(null, draft("INC-2"), T0);

        assertThatThrownBy(() -> entries.append(sameSequenceAgain)).isInstanceOf(RuntimeException.class);
        assertThat(entries.page(0, 10)).containsExactly(first);
    }

    @Test
    void a_batch_is_stored_in_order_exactly_as_written() {
        List<EvidenceEntry> first = appendAll(draft("INC-1"));
        List<EvidenceEntry> batch = sealOnto(first.get(0), draft("INC-2"), draft("INC-3"), draft("INC-2"));

        entries.appendAll(batch);

        assertThat(entries.page(0, 10)).containsExactly(first.get(0), batch.get(0), batch.get(1), batch.get(2));
        assertThat(entries.latest()).contains(batch.get(2));
    }

    @Test
    void a_batch_that_does_not_follow_the_head_is_refused_whole() {
        List<EvidenceEntry> head = appendAll(draft("INC-1"), draft("INC-2"));
        List<EvidenceEntry> stale = sealOnto(head.get(0), draft("INC-3"), draft("INC-4"));

        assertThatThrownBy(() -> entries.appendAll(stale)).isInstanceOf(RuntimeException.class);
        assertThat(entries.page(0, 10)).containsExactlyElementsOf(head);
    }

    @Test
    void checkpoints_come_back_exactly_and_verify() {
        List<EvidenceEntry> written = appendAll(draft("INC-1"), draft("INC-2"), draft("INC-3"));
        Checkpoint second = SIGNER.sign(2, written.get(1).hash(), T0);
        Checkpoint third = SIGNER.sign(3, written.get(2).hash(), T0.plusSeconds(1));
        checkpoints.append(second);
        checkpoints.append(third);

        assertThat(checkpoints.latest()).contains(third);
        assertThat(checkpoints.page(0, 1)).containsExactly(second);
        assertThat(checkpoints.page(2, 5)).containsExactly(third);
        assertThat(CheckpointSigner.verifies(checkpoints.latest().orElseThrow(), SIGNER.publicKey())).isTrue();
    }

    @Test
    void a_second_checkpoint_for_one_sequence_is_refused() {
        List<EvidenceEntry> written = appendAll(draft("INC-1"));
        checkpoints.append(SIGNER.sign(1, written.get(0).hash(), T0));

        assertThatThrownBy(() -> checkpoints.append(SIGNER.sign(1, written.get(0).hash(), T0.plusSeconds(9))))
                .isInstanceOf(RuntimeException.class);
        assertThat(checkpoints.page(0, 10)).hasSize(1);
    }

    protected List<EvidenceEntry> appendAll(EvidenceDraft... drafts) {
        List<EvidenceEntry> written = new ArrayList<>();
        EvidenceEntry previous = entries.latest().orElse(null);
        for (EvidenceDraft d : drafts) {
            previous = EvidenceChain.seal(previous, d, T0.plusSeconds(written.size()));
            entries.append(previous);
            written.add(previous);
        }
        return written;
    }

    private static List<EvidenceEntry> sealOnto(EvidenceEntry previous, EvidenceDraft... drafts) {
        List<EvidenceEntry> sealed = new ArrayList<>();
        for (EvidenceDraft d : drafts) {
            previous = EvidenceChain.seal(previous, d, T0.plusSeconds(60 + sealed.size()));
            sealed.add(previous);
        }
        return sealed;
    }

    static EvidenceDraft draft(String subject) {
        return new EvidenceDraft(subject, "incident.updated", T0, "ana", Map.of("n", subject));
    }
}
