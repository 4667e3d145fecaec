package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.incident.IncidentId;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.ports.Timeline;
import java.util.List;

/** Append-only: this class has no update and no delete, and nothing else writes the table. */
public final class JdbiTimeline implements Timeline {
    private final Transactions tx;

    public JdbiTimeline(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(TimelineEntry e) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO timeline_entries (incident_id, occurred_at, body, source, author) "
                        + "VALUES (:incident, :at, :body, :source, :author)")
                .bind("incident", e.incident().number()).bind("at", ts(e.at())).bind("body", e.text())
                .bind("source", e.source()).bind("author", e.author()).execute());
    }

    @Override
    public List<TimelineEntry> of(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT incident_id, occurred_at, body, source, author FROM timeline_entries "
                        + "WHERE incident_id = :id ORDER BY occurred_at, id")
                .bind("id", incident.number())
                .map((rs, ctx) -> new TimelineEntry(IncidentId.of(rs.getLong("incident_id")), instant(rs, "occurred_at"),
                        rs.getString("body"), rs.getString("source"), rs.getString("author")))
                .list());
    }
}
