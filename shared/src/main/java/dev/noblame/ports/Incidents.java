package dev.noblame.ports;

import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The incident repository. */
public interface Incidents {
    IncidentId nextId();

    /** {@code count} fresh ids in ascending order, for a batch of new incidents. */
    default List<IncidentId> nextIds(int count) {
        List<IncidentId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(nextId());
        }
        return ids;
    }

    /** Inserts or replaces the incident with the same id. */
    void save(Incident incident);

    /**
     * Stores incidents that are new (their ids fresh from {@link #nextIds}); a database
     * repository may send them in one batch. Fails if one of the ids is taken already.
     */
    default void insertAll(List<Incident> incidents) {
        for (Incident incident : incidents) {
            if (find(incident.id()).isPresent()) {
                throw new IllegalStateException(incident.id() + " exists already");
            }
            save(incident);
        }
    }

    Optional<Incident> find(IncidentId id);

    /** Incidents matching the query, newest start first, one page. */
    List<Incident> list(IncidentQuery query);

    long count(IncidentQuery query);

    /** Incidents of a service that started in [from, to), any status; for correlation. */
    List<Incident> startedBetween(String service, Instant from, Instant to);

    /** The incidents with these ids that exist, in id order; database adapters read them in bulk. */
    default List<Incident> withIds(Collection<IncidentId> ids) {
        return ids.stream().sorted().distinct().map(this::find).flatMap(Optional::stream).toList();
    }
}
