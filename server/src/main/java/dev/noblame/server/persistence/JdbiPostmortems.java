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
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.ports.Postmortems;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Postmortems with their sections and factors as JSON text, keyed by the wire names of the enums. */
public final class JdbiPostmortems implements Postmortems {
    private static final String COLUMNS = "incident_id, status, sections, factors, authors, reviewers, approvals, "
            + "not_required_reason, created_at, updated_at";
    private final Transactions tx;

    public JdbiPostmortems(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(Postmortem p) {
        tx.withHandle(h -> {
            int updated = h.createUpdate("UPDATE postmortems SET status = :status, sections = :sections, factors = :factors, "
                            + "authors = :authors, reviewers = :reviewers, approvals = :approvals, "
                            + "not_required_reason = :reason, created_at = :created, updated_at = :updated WHERE incident_id = :id")
                    .bindMap(values(p)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO postmortems (" + COLUMNS + ") VALUES (:id, :status, :sections, :factors, "
                        + ":authors, :reviewers, :approvals, :reason, :created, :updated)").bindMap(values(p)).execute();
            }
            return null;
        });
    }

    private static Map<String, Object> values(Postmortem p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", p.incident().number());
        v.put("status", Wire.name(p.status()));
        v.put("sections", sectionsJson(p.sections()));
        v.put("factors", factorsJson(p.factors()));
        v.put("authors", json(List.copyOf(p.authors())));
        v.put("reviewers", json(List.copyOf(p.reviewers())));
        v.put("approvals", json(List.copyOf(p.approvals())));
        v.put("reason", p.notRequiredReason());
        v.put("created", ts(p.createdAt()));
        v.put("updated", ts(p.updatedAt()));
        return v;
    }

    @Override
    public Optional<Postmortem> find(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM postmortems WHERE incident_id = :id")
                .bind("id", incident.number()).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<Postmortem> all() {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM postmortems ORDER BY incident_id")
                .map((rs, ctx) -> read(rs)).list());
    }

    /** One query per {@value Sql#IN_CHUNK} incidents. */
    @Override
    public List<Postmortem> ofIncidents(Collection<IncidentId> incidents) {
        return Sql.inChunks(incidents.stream().map(IncidentId::number).sorted().distinct().toList(), chunk -> tx.withHandle(h ->
                h.createQuery("SELECT " + COLUMNS + " FROM postmortems WHERE incident_id IN (<ids>) ORDER BY incident_id")
                        .bindList("ids", chunk).map((rs, ctx) -> read(rs)).list()));
    }

    private static Postmortem read(ResultSet rs) throws SQLException {
        return new Postmortem(
                IncidentId.of(rs.getLong("incident_id")),
                Wire.parse(PostmortemStatus.class, rs.getString("status"), "status"),
                sections(rs.getString("sections")),
                factors(rs.getString("factors")),
                new LinkedHashSet<>(strings(rs.getString("authors"))),
                new LinkedHashSet<>(strings(rs.getString("reviewers"))),
                new LinkedHashSet<>(strings(rs.getString("approvals"))),
                rs.getString("not_required_reason"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static String sectionsJson(Map<Section, String> sections) {
        JsonObject o = new JsonObject();
        sections.forEach((k, v) -> o.addProperty(Wire.name(k), v));
        return o.toString();
    }

    static Map<Section, String> sections(String json) {
        EnumMap<Section, String> out = new EnumMap<>(Section.class);
        JsonParser.parseString(json).getAsJsonObject().entrySet()
                .forEach(e -> out.put(Wire.parse(Section.class, e.getKey(), "sections"), e.getValue().getAsString()));
        return out;
    }

    static String factorsJson(List<ContributingFactor> factors) {
        JsonArray a = new JsonArray();
        for (ContributingFactor f : factors) {
            JsonObject o = new JsonObject();
            o.addProperty("category", Wire.name(f.category()));
            o.addProperty("text", f.text());
            JsonArray tags = new JsonArray();
            f.tags().forEach(tags::add);
            o.add("tags", tags);
            a.add(o);
        }
        return a.toString();
    }

    static List<ContributingFactor> factors(String json) {
        List<ContributingFactor> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            LinkedHashSet<String> tags = new LinkedHashSet<>();
            o.getAsJsonArray("tags").forEach(t -> tags.add(t.getAsString()));
            out.add(new ContributingFactor(Wire.parse(FactorCategory.class, o.get("category").getAsString(), "category"),
                    o.get("text").getAsString(), tags));
        }
        return out;
    }
}
