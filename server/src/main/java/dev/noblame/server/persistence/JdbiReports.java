package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The reporter's own words, kept beside the incident they opened. Deliberately no column for
 * who sent it, from where or with what: identity lives only on a named incident.
 */
public final class JdbiReports {
    private final Transactions tx;

    public JdbiReports(Transactions tx) {
        this.tx = tx;
    }

    public void save(IncidentId incident, String whatHappened, Instant receivedAt) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO reports (incident_id, what_happened, received_at) VALUES (:id, :text, :at)")
                .bind("id", incident.number()).bind("text", whatHappened).bind("at", ts(receivedAt)).execute());
    }

    /** The words of several new reports, received together, in one batch. */
    public void saveAll(List<IncidentId> incidents, List<String> whatHappened, Instant receivedAt) {
        if (incidents.size() != whatHappened.size()) {
            throw new IllegalArgumentException(incidents.size() + " incidents but " + whatHappened.size() + " texts");
        }
        if (incidents.isEmpty()) {
            return;
        }
        tx.inTransaction(() -> tx.withHandle(h -> {
            PreparedBatch insert = h.prepareBatch("INSERT INTO reports (incident_id, what_happened, received_at) VALUES (:id, :text, :at)");
            for (int i = 0; i < incidents.size(); i++) {
                insert.bind("id", incidents.get(i).number()).bind("text", whatHappened.get(i)).bind("at", ts(receivedAt)).add();
            }
            return insert.execute();
        }));
    }

    public Optional<String> whatHappened(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT what_happened FROM reports WHERE incident_id = :id")
                .bind("id", incident.number()).mapTo(String.class).findOne());
    }

    public long count() {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM reports").mapTo(Long.class).one());
    }
}
