package dev.noblame.server.evidence;

import dev.noblame.common.DomainEvent;
import dev.noblame.incident.TimelineEntry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What use cases call with each event their aggregates return: appends it to the evidence
 * log, then tells the listeners (integrations enqueue their outbox messages there), all in
 * the caller's transaction, so the change, its evidence and its messages commit together.
 */
public final class Recorder {
    private final EvidenceSink evidence;
    private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();

    public Recorder(EvidenceSink evidence) {
        this.evidence = evidence;
    }

    public void addListener(Consumer<DomainEvent> listener) {
        listeners.add(listener);
    }

    public void record(DomainEvent event) {
        evidence.append(event);
        for (Consumer<DomainEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    public static DomainEvent timelineEvent(TimelineEntry e) {
        return DomainEvent.of("timeline.entry", e.incident().toString(), e.at(),
                "text", e.text(), "source", e.source(), "author", e.author());
    }
}
