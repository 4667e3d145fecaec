package dev.noblame.server.evidence;

import dev.noblame.common.DomainEvent;
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
    private final Evidence evidence;
    private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();

    public Recorder(Evidence evidence) {
        this.evidence = evidence;
    }

    public void addListener(Consumer<DomainEvent> listener) {
        listeners.add(listener);
    }

    /** {@code actor} is who caused it, or null when nobody may be named (anonymous reports, the system). */
    public void record(DomainEvent event, String actor) {
        evidence.append(event, actor);
        for (Consumer<DomainEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    public void record(TimelineEntry entry) {
        evidence.append(entry);
        DomainEvent event = DomainEvent.of("timeline.entry", entry.incident().toString(), entry.at(),
                "text", entry.text(), "source", entry.source(), "author", entry.author());
        for (Consumer<DomainEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
