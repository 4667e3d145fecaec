package dev.noblame.server.evidence;

import dev.noblame.common.DomainEvent;
import dev.noblame.evidence.EvidenceDraft;
import dev.noblame.incident.TimelineEntry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What use cases call with each event their aggregates return: appends it to the evidence
 * chain, then tells the listeners (integrations enqueue their outbox messages there), all in
 * the caller's transaction, so the change, its evidence and its messages commit together.
 */
public final class Recorder {
    /** An event and who caused it; {@code actor} is null when nobody may be named. */
    public record Recorded(DomainEvent event, String actor) {
    }

    private final Evidence evidence;
    private final List<Consumer<List<DomainEvent>>> listeners = new CopyOnWriteArrayList<>();

    public Recorder(Evidence evidence) {
        this.evidence = evidence;
    }

    /** Hears every event, one at a time. */
    public void addListener(Consumer<DomainEvent> listener) {
        listeners.add(events -> events.forEach(listener));
    }

    /** Hears the events of one {@link #recordAll} together (single events as a list of one). */
    public void addBatchListener(Consumer<List<DomainEvent>> listener) {
        listeners.add(listener);
    }

    /** {@code actor} is who caused it, or null when nobody may be named (anonymous reports, the system). */
    public void record(DomainEvent event, String actor) {
        recordAll(List.of(new Recorded(event, actor)));
    }

    /** Several events of one transaction, in order: one append to the chain, one call per listener. */
    public void recordAll(List<Recorded> recorded) {
        if (recorded.isEmpty()) {
            return;
        }
        evidence.appendAll(recorded.stream().map(r -> EvidenceDraft.of(r.event(), r.actor())).toList());
        tell(recorded.stream().map(Recorded::event).toList());
    }

    public void record(TimelineEntry entry) {
        evidence.append(entry);
        tell(List.of(DomainEvent.of("timeline.entry", entry.incident().toString(), entry.at(),
                "text", entry.text(), "source", entry.source(), "author", entry.author())));
    }

    private void tell(List<DomainEvent> events) {
        for (Consumer<List<DomainEvent>> listener : listeners) {
            listener.accept(events);
        }
    }
}
