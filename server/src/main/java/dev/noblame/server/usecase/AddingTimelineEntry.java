package dev.noblame.server.usecase;

import dev.noblame.incident.IncidentId;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.server.AppContext;
import java.time.Instant;

/** Appends a fact to an incident's timeline and to the evidence chain, together. */
public final class AddingTimelineEntry {
    public record Command(IncidentId incident, Instant at, String text, String source, String author) {
    }

    private final AppContext app;

    public AddingTimelineEntry(AppContext app) {
        this.app = app;
    }

    public TimelineEntry handle(Command c) {
        return app.tx().inTransaction(() -> {
            if (app.incidents().find(c.incident()).isEmpty()) {
                throw new NotFoundException("incident " + c.incident());
            }
            TimelineEntry entry = new TimelineEntry(c.incident(), c.at() == null ? app.clock().instant() : c.at(),
                    c.text(), c.source(), c.author());
            app.timeline().append(entry);
            app.recorder().record(entry);
            return entry;
        });
    }
}
