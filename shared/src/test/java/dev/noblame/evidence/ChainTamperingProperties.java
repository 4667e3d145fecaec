package dev.noblame.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.evidence.ChainBreak.Kind;
import dev.noblame.ports.memory.InMemoryCheckpointStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever single field of whichever entry is changed, verification names that entry. */
class ChainTamperingProperties {
    static final CheckpointSigner SIGNER = new CheckpointSigner(EvidenceKeys.generate());
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Property(tries = 300)
    void any_single_field_edit_of_any_entry_is_detected_at_that_entry(
            @ForAll @IntRange(min = 1, max = 30) int length,
            @ForAll @IntRange(min = 1, max = 30) int position,
            @ForAll("edits") Edit edit,
            @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        long target = Math.min(position, length);
        TamperableEvidenceStore table = chainOf(length);
        EvidenceEntry original = table.get(target);
        EvidenceEntry edited = table.update(target, e -> edit.change().apply(e));
        if (edited.equals(original)) {
            return; // the generated "change" wrote the same value: nothing to detect
        }

        Verification result = new ChainVerifier(table, new InMemoryCheckpointStore(), List.of(SIGNER.publicKey()), pageSize)
                .verify();

        assertThat(result.ok()).as("%s of entry %d went unnoticed", edit.field(), target).isFalse();
        assertThat(result.firstBreak().sequence()).as(edit.field() + ": " + result.summary()).isEqualTo(target);
        assertThat(result.firstBreak().kind()).isIn(Kind.ALTERED_ENTRY, Kind.BROKEN_LINK, Kind.SEQUENCE_GAP);
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<Instant> instant = Arbitraries.longs().between(-86_400_000_000L, 86_400_000_000L)
                .map(micros -> T0.plusNanos(micros * 1000));
        Arbitrary<String> hash = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        return Arbitraries.oneOf(
                // a database keeps sequence unique, so an edited sequence lands past the head
                Arbitraries.longs().between(31, Long.MAX_VALUE).map(v -> new Edit("sequence", e -> Edits.sequence(e, v))),
                text.filter(s -> !s.isEmpty()).map(v -> new Edit("subject", e -> Edits.subject(e, v))),
                text.filter(s -> !s.isEmpty()).map(v -> new Edit("type", e -> Edits.type(e, v))),
                instant.map(v -> new Edit("occurred_at", e -> Edits.occurredAt(e, v))),
                instant.map(v -> new Edit("recorded_at", e -> Edits.recordedAt(e, v))),
                text.injectNull(0.3).map(v -> new Edit("actor", e -> Edits.actor(e, v))),
                Combinators.combine(text, text.injectNull(0.3)).as((k, v) -> new Edit("data", e -> {
                    Map<String, String> data = new HashMap<>(e.data());
                    if (v == null) {
                        data.remove(data.isEmpty() ? k : data.keySet().iterator().next());
                    } else {
                        data.put(k, v);
                    }
                    return Edits.data(e, data);
                })),
                hash.map(v -> new Edit("prev_hash", e -> Edits.prevHash(e, v))),
                hash.map(v -> new Edit("hash", e -> Edits.hash(e, v))));
    }

    static TamperableEvidenceStore chainOf(int length) {
        TamperableEvidenceStore table = new TamperableEvidenceStore();
        EvidenceLog log = new EvidenceLog(table, new InMemoryCheckpointStore(), SIGNER, 1000, Clock.fixed(T0, ZoneOffset.UTC));
        for (int i = 1; i <= length; i++) {
            log.append(new EvidenceDraft("INC-" + (i % 4 + 1), "incident.updated", T0.plusSeconds(i), i % 3 == 0 ? null : "ana",
                    Map.of("step", "s" + i, "note", "n" + (i * 7))));
        }
        return table;
    }

    record Edit(String field, UnaryOperator<EvidenceEntry> change) {
        @Override
        public String toString() {
            return field;
        }
    }
}
