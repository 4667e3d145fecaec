package dev.noblame.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.common.DomainEvent;
import dev.noblame.evidence.ChainBreak.Kind;
import dev.noblame.ports.memory.InMemoryCheckpointStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final CheckpointSigner SIGNER = new CheckpointSigner(EvidenceKeys.generate());

    final TamperableEvidenceStore table = new TamperableEvidenceStore();
    final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    final EvidenceLog log = new EvidenceLog(table, checkpoints, SIGNER, 10, Clock.fixed(T0, ZoneOffset.UTC));
    // a page of 4 makes every scenario cross page boundaries
    final ChainVerifier verifier = new ChainVerifier(table, checkpoints, List.of(SIGNER.publicKey()), 4);

    @BeforeEach
    void given_a_chain_of_25_entries_with_checkpoints_at_10_and_20() {
        for (int i = 1; i <= 25; i++) {
            log.append(DomainEvent.of("incident.updated", "INC-" + (i % 3 + 1), T0.plusSeconds(i), "step", "s" + i), "ana");
        }
    }

    @Test
    void an_untouched_chain_verifies() {
        Verification result = verifier.verify();

        assertThat(result.ok()).as(result.summary()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(25);
        assertThat(result.checkpointsChecked()).isEqualTo(2);
        assertThat(result.headHash()).isEqualTo(table.get(25).hash());
    }

    @Test
    void an_empty_chain_verifies() {
        Verification result = new ChainVerifier(new TamperableEvidenceStore(), new InMemoryCheckpointStore(),
                SIGNER.publicKey()).verify();

        assertThat(result.ok()).isTrue();
        assertThat(result.headSequence()).isZero();
    }

    @Test
    void data_edited_behind_the_logs_back_is_named_at_exactly_that_entry() {
        table.update(13, e -> Edits.data(e, Map.of("step", "something kinder")));

        ChainBreak broken = verifier.verify().firstBreak();

        assertThat(broken.sequence()).isEqualTo(13);
        assertThat(broken.kind()).isEqualTo(Kind.ALTERED_ENTRY);
        assertThat(broken.found()).isEqualTo(table.get(13).hash());
        assertThat(broken.expected()).isEqualTo(EvidenceChain.hashOf(table.get(13))).isNotEqualTo(broken.found());
        assertThat(broken.message()).contains("entry 13").contains("altered");
    }

    @Test
    void an_edited_entry_whose_hash_was_recomputed_breaks_the_link_of_the_next_one() {
        table.update(13, e -> Edits.rehashed(Edits.actor(e, "someone-else")));

        ChainBreak broken = verifier.verify().firstBreak();

        assertThat(broken.sequence()).isEqualTo(14);
        assertThat(broken.kind()).isEqualTo(Kind.BROKEN_LINK);
        assertThat(broken.expected()).isEqualTo(table.get(13).hash());
    }

    @Test
    void a_deleted_entry_shows_as_a_gap_at_its_sequence() {
        table.delete(7);

        Verification result = verifier.verify();

        assertThat(result.firstBreak().sequence()).isEqualTo(7);
        assertThat(result.firstBreak().kind()).isEqualTo(Kind.SEQUENCE_GAP);
        assertThat(result.firstBreak().found()).isEqualTo("8");
        assertThat(result.entriesChecked()).isEqualTo(6);
    }

    @Test
    void two_entries_swapped_in_order_are_named_at_the_first_of_them() {
        EvidenceEntry fifth = table.get(5);
        EvidenceEntry sixth = table.get(6);
        table.update(5, e -> Edits.sequence(sixth, 5));
        table.update(6, e -> Edits.sequence(fifth, 6));

        ChainBreak broken = verifier.verify().firstBreak();

        assertThat(broken.sequence()).isEqualTo(5);
        assertThat(broken.kind()).isEqualTo(Kind.BROKEN_LINK);
    }

    @Test
    void a_checkpoint_forged_with_another_key_is_a_bad_signature() {
        CheckpointSigner forger = new CheckpointSigner(EvidenceKeys.generate());
        log.append(DomainEvent.of("incident.updated", "INC-1", T0), "ana");
        checkpoints.append(forger.sign(26, table.get(26).hash(), T0));

        ChainBreak broken = verifier.verify().firstBreak();

        assertThat(broken.sequence()).isEqualTo(26);
        assertThat(broken.kind()).isEqualTo(Kind.BAD_CHECKPOINT_SIGNATURE);
        assertThat(broken.message()).contains(forger.keyId()).contains("not trusted");
    }

    @Test
    void a_checkpoint_whose_signed_fields_were_edited_is_a_bad_signature() {
        Checkpoint genuine = SIGNER.sign(25, table.get(25).hash(), T0);
        checkpoints.append(new Checkpoint(25, genuine.hash(), T0.plusSeconds(3600), genuine.keyId(), genuine.signature()));

        ChainBreak broken = verifier.verify().firstBreak();

        assertThat(broken.kind()).isEqualTo(Kind.BAD_CHECKPOINT_SIGNATURE);
        assertThat(broken.message()).contains("does not verify");
    }

    @Test
    void a_chain_rewritten_from_some_entry_on_is_caught_by_the_next_checkpoint() {
        table.update(15, e -> Edits.data(e, Map.of("step", "rewritten")));
        for (long s = 15; s <= 25; s++) {
            EvidenceEntry previous = table.get(s - 1);
            table.update(s, e -> Edits.rehashed(Edits.prevHash(e, previous.hash())));
        }

        ChainBreak broken = verifier.verify().firstBreak();

        assertThat(broken.sequence()).isEqualTo(20);
        assertThat(broken.kind()).isEqualTo(Kind.CHECKPOINT_MISMATCH);
        assertThat(broken.found()).isEqualTo(table.get(20).hash());
    }

    @Test
    void entries_removed_from_the_end_are_caught_by_a_checkpoint_beyond_the_new_head() {
        for (long s = 25; s >= 19; s--) {
            table.delete(s);
        }

        Verification result = verifier.verify();

        assertThat(result.firstBreak().sequence()).isEqualTo(20);
        assertThat(result.firstBreak().kind()).isEqualTo(Kind.CHECKPOINT_MISMATCH);
        assertThat(result.firstBreak().message()).contains("chain ends at 18");
    }

    @Test
    void the_first_break_in_sequence_order_is_reported_when_there_are_several() {
        table.update(22, e -> Edits.data(e, Map.of()));
        table.delete(17);
        table.update(4, e -> Edits.type(e, "incident.nothing_happened"));

        assertThat(verifier.verify().firstBreak().sequence()).isEqualTo(4);
    }
}
