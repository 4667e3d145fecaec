package dev.noblame.ports;

import dev.noblame.incident.IncidentId;
import dev.noblame.incident.TimelineEntry;
import java.util.List;

/** Timeline entries are append-only: there is no update and no delete. */
public interface Timeline {
    void append(TimelineEntry entry);

    /** Entries of an incident in time order. */
    List<TimelineEntry> of(IncidentId incident);
}
