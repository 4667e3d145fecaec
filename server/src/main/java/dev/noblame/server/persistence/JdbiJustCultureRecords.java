package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.ts;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.culture.Culpability;
import dev.noblame.culture.JustCultureRecord;
import dev.noblame.culture.TriageFlow;
import dev.noblame.culture.TriageRequest;
import dev.noblame.incident.IncidentId;
import dev.noblame.culture.JustCultureRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Just-culture records in their own table, each as one JSON document: they are read whole and
 * never queried by their contents, and keeping them out of the postmortem tables is the point.
 */
public final class JdbiJustCultureRecords implements JustCultureRecords {
    private final Transactions tx;
    private final Dialect dialect;

    public JdbiJustCultureRecords(Transactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public String nextId() {
        return "JC-" + tx.withHandle(h -> h.createQuery(dialect.nextValue("just_culture_seq")).mapTo(Long.class).one());
    }

    @Override
    public void add(JustCultureRecord r) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO just_culture_records (id, incident_id, record_json, created_at) "
                        + "VALUES (:id, :incident, :json, :at)")
                .bind("id", r.id()).bind("incident", r.incident().number()).bind("json", write(r)).bind("at", ts(r.createdAt()))
                .execute());
    }

    @Override
    public Optional<JustCultureRecord> find(String id) {
        return tx.withHandle(h -> h.createQuery("SELECT record_json FROM just_culture_records WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne().map(JdbiJustCultureRecords::read));
    }

    @Override
    public List<JustCultureRecord> recent(int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT record_json FROM just_culture_records ORDER BY created_at DESC, id DESC "
                        + "LIMIT :limit")
                .bind("limit", limit).mapTo(String.class).map(JdbiJustCultureRecords::read).list());
    }

    @Override
    public List<JustCultureRecord> ofIncident(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT record_json FROM just_culture_records WHERE incident_id = :incident "
                        + "ORDER BY created_at")
                .bind("incident", incident.number()).mapTo(String.class).map(JdbiJustCultureRecords::read).list());
    }

    static String write(JustCultureRecord r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("incident", r.incident().toString());
        o.addProperty("person", r.request().person());
        o.addProperty("concern", r.request().concern());
        o.addProperty("requestedBy", r.request().requestedBy());
        JsonArray answers = new JsonArray();
        for (TriageFlow.Answer a : r.answers()) {
            JsonObject ao = new JsonObject();
            ao.addProperty("question", a.question());
            ao.addProperty("test", a.test());
            ao.addProperty("yes", a.yes());
            answers.add(ao);
        }
        o.add("answers", answers);
        o.addProperty("culpability", r.culpability().wire());
        o.addProperty("response", r.response());
        o.addProperty("advice", r.advice());
        o.addProperty("createdAt", r.createdAt().toString());
        return o.toString();
    }

    static JustCultureRecord read(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        List<TriageFlow.Answer> answers = new ArrayList<>();
        for (var e : o.getAsJsonArray("answers")) {
            JsonObject a = e.getAsJsonObject();
            answers.add(new TriageFlow.Answer(a.get("question").getAsString(), a.get("test").getAsString(), a.get("yes").getAsBoolean()));
        }
        TriageRequest request = new TriageRequest(IncidentId.parse(o.get("incident").getAsString()), o.get("person").getAsString(),
                o.get("concern").getAsString(), o.get("requestedBy").getAsString(), true);
        return new JustCultureRecord(o.get("id").getAsString(), request, answers,
                Culpability.valueOf(o.get("culpability").getAsString().toUpperCase(java.util.Locale.ROOT)),
                o.get("response").getAsString(), o.has("advice") && !o.get("advice").isJsonNull() ? o.get("advice").getAsString() : null,
                Instant.parse(o.get("createdAt").getAsString()));
    }
}
