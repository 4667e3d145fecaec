package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.ts;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.common.Wire;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Correlations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Correlation decisions (Jenkins integration); the ranking is kept as JSON, its pairs indexed for lookups. */
public final class JdbiCorrelations implements Correlations {
    private static final String COLUMNS = "correlation_key, outcome, deployment_id, incident_id, ranking, decided_at";
    private final Transactions tx;

    public JdbiCorrelations(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(Correlation c) {
        saveAll(List.of(c));
    }

    /** Replaces the decisions with the same keys: two deletes and two inserts, each one batch for all of them. */
    @Override
    public void saveAll(List<Correlation> decided) {
        if (decided.isEmpty()) {
            return;
        }
        tx.inTransaction(() -> tx.withHandle(h -> {
            List<String> keys = decided.stream().map(Correlation::key).distinct().toList();
            h.createUpdate("DELETE FROM deployment_correlation_candidates WHERE correlation_key IN (<keys>)").bindList("keys", keys)
                    .execute();
            h.createUpdate("DELETE FROM deployment_correlations WHERE correlation_key IN (<keys>)").bindList("keys", keys).execute();
            PreparedBatch decisions = h.prepareBatch("INSERT INTO deployment_correlations (" + COLUMNS + ") VALUES (:key, "
                    + ":outcome, :deployment, :incident, :ranking, :at)");
            PreparedBatch candidates = h.prepareBatch("INSERT INTO deployment_correlation_candidates (correlation_key, "
                    + "deployment_id, incident_id) VALUES (:key, :deployment, :incident)");
            for (Correlation c : latestPerKey(decided)) {
                decisions.bind("key", c.key()).bind("outcome", Wire.name(c.outcome())).bind("deployment", c.deploymentId())
                        .bind("incident", c.incident().map(IncidentId::number).orElse(null))
                        .bind("ranking", rankingJson(c.ranking())).bind("at", ts(c.decidedAt())).add();
                Set<String> seen = new LinkedHashSet<>();
                for (RankedCandidate r : c.ranking()) {
                    if (seen.add(r.deploymentId() + "\u0000" + r.incident())) {
                        candidates.bind("key", c.key()).bind("deployment", r.deploymentId()).bind("incident", r.incident().number())
                                .add();
                    }
                }
            }
            decisions.execute();
            if (candidates.size() > 0) {
                candidates.execute();
            }
            return null;
        }));
    }

    /** A key saved twice in one call keeps the later decision, as two saves would. */
    private static List<Correlation> latestPerKey(List<Correlation> decided) {
        Map<String, Correlation> byKey = new LinkedHashMap<>();
        decided.forEach(c -> byKey.put(c.key(), c));
        return List.copyOf(byKey.values());
    }

    @Override
    public Optional<Correlation> find(String key) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM deployment_correlations WHERE correlation_key = :key")
                .bind("key", key).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public Map<String, Correlation> findAll(Collection<String> keys) {
        Map<String, Correlation> out = new LinkedHashMap<>();
        Sql.inChunks(keys.stream().distinct().toList(), chunk -> tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM deployment_correlations WHERE correlation_key IN (<keys>)")
                .bindList("keys", chunk).map((rs, ctx) -> read(rs)).list()))
                .forEach(c -> out.put(c.key(), c));
        return out;
    }

    @Override
    public List<Correlation> ofDeployment(String deploymentId) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM deployment_correlations WHERE deployment_id = :d "
                        + "OR correlation_key IN (SELECT correlation_key FROM deployment_correlation_candidates WHERE deployment_id = :d) "
                        + "ORDER BY decided_at, correlation_key")
                .bind("d", deploymentId).map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public List<Correlation> ofIncident(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM deployment_correlations WHERE incident_id = :i "
                        + "OR correlation_key IN (SELECT correlation_key FROM deployment_correlation_candidates WHERE incident_id = :i) "
                        + "ORDER BY decided_at, correlation_key")
                .bind("i", incident.number()).map((rs, ctx) -> read(rs)).list());
    }

    private static Correlation read(ResultSet rs) throws SQLException {
        long incident = rs.getLong("incident_id");
        Optional<IncidentId> id = rs.wasNull() ? Optional.empty() : Optional.of(IncidentId.of(incident));
        return new Correlation(rs.getString("correlation_key"),
                Wire.parse(CorrelationOutcome.class, rs.getString("outcome"), "outcome"), rs.getString("deployment_id"), id,
                ranking(rs.getString("ranking")), instant(rs, "decided_at"));
    }

    private static String rankingJson(List<RankedCandidate> ranking) {
        JsonArray a = new JsonArray();
        for (RankedCandidate r : ranking) {
            JsonObject o = new JsonObject();
            o.addProperty("deployment", r.deploymentId());
            o.addProperty("incident", r.incident().toString());
            o.addProperty("score", r.score());
            JsonArray reasons = new JsonArray();
            r.reasons().forEach(reasons::add);
            o.add("reasons", reasons);
            a.add(o);
        }
        return a.toString();
    }

    private static List<RankedCandidate> ranking(String json) {
        List<RankedCandidate> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            List<String> reasons = new ArrayList<>();
            o.getAsJsonArray("reasons").forEach(r -> reasons.add(r.getAsString()));
            out.add(new RankedCandidate(o.get("deployment").getAsString(), IncidentId.parse(o.get("incident").getAsString()),
                    o.get("score").getAsDouble(), reasons));
        }
        return out;
    }
}
