package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.json;
import static dev.noblame.server.persistence.Sql.strings;
import static dev.noblame.server.persistence.Sql.ts;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.common.Wire;
import dev.noblame.deployment.Commit;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.ports.Deployments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbiDeployments implements Deployments {
    private static final String COLUMNS = "id, pipeline, build_number, build_url, service, environment, environment_type, "
            + "state, commits, issue_keys, change_size, started_at, finished_at";
    private final Transactions tx;

    public JdbiDeployments(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(Deployment d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", d.id());
        v.put("pipeline", d.pipeline());
        v.put("build", d.buildNumber());
        v.put("url", d.buildUrl());
        v.put("service", d.service());
        v.put("environment", d.environment());
        v.put("type", Wire.name(d.environmentType()));
        v.put("state", Wire.name(d.state()));
        v.put("commits", commitsJson(d.commits()));
        v.put("keys", json(d.issueKeys()));
        v.put("size", d.changeSize());
        v.put("started", ts(d.startedAt()));
        v.put("finished", ts(d.finishedAt()));
        tx.withHandle(h -> {
            int updated = h.createUpdate("UPDATE deployments SET pipeline = :pipeline, build_number = :build, build_url = :url, "
                    + "service = :service, environment = :environment, environment_type = :type, state = :state, "
                    + "commits = :commits, issue_keys = :keys, change_size = :size, started_at = :started, "
                    + "finished_at = :finished WHERE id = :id").bindMap(v).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO deployments (" + COLUMNS + ") VALUES (:id, :pipeline, :build, :url, :service, "
                        + ":environment, :type, :state, :commits, :keys, :size, :started, :finished)").bindMap(v).execute();
            }
            return null;
        });
    }

    @Override
    public Optional<Deployment> find(String id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM deployments WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<Deployment> ofService(String service, Instant from, Instant to) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM deployments WHERE service = :service "
                        + "AND started_at >= :from AND started_at < :to ORDER BY started_at")
                .bind("service", service).bind("from", ts(from)).bind("to", ts(to)).map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public List<Deployment> startedBetween(Instant from, Instant to) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM deployments WHERE started_at >= :from "
                        + "AND started_at < :to ORDER BY started_at")
                .bind("from", ts(from)).bind("to", ts(to)).map((rs, ctx) -> read(rs)).list());
    }

    private static Deployment read(ResultSet rs) throws SQLException {
        return new Deployment(rs.getString("id"), rs.getString("pipeline"), rs.getLong("build_number"),
                rs.getString("build_url"), rs.getString("service"), rs.getString("environment"),
                Wire.parse(EnvironmentType.class, rs.getString("environment_type"), "environmentType"),
                Wire.parse(DeploymentState.class, rs.getString("state"), "state"),
                commits(rs.getString("commits")), strings(rs.getString("issue_keys")), rs.getInt("change_size"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static String commitsJson(List<Commit> commits) {
        JsonArray a = new JsonArray();
        for (Commit c : commits) {
            JsonObject o = new JsonObject();
            o.addProperty("sha", c.sha());
            o.addProperty("message", c.message());
            o.addProperty("committedAt", c.committedAt() == null ? null : c.committedAt().toString());
            a.add(o);
        }
        return a.toString();
    }

    private static List<Commit> commits(String json) {
        List<Commit> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            out.add(new Commit(text(o, "sha"), text(o, "message"),
                    text(o, "committedAt") == null ? null : Instant.parse(text(o, "committedAt"))));
        }
        return out;
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
