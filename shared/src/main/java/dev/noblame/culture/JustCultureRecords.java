package dev.noblame.culture;

import dev.noblame.incident.IncidentId;
import java.util.List;
import java.util.Optional;

/**
 * Where just-culture records are kept: apart from postmortems and incidents, which never refer
 * to them. Records are written once and never changed; a re-assessment is a new record.
 */
public interface JustCultureRecords {
    /** A fresh id, {@code JC-<n>}. */
    String nextId();

    /** Stores a new record; a second record with the same id is refused. */
    void add(JustCultureRecord record);

    Optional<JustCultureRecord> find(String id);

    /** Newest first. */
    List<JustCultureRecord> recent(int limit);

    List<JustCultureRecord> ofIncident(IncidentId incident);
}
