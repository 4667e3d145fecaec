package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.date;
import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import dev.noblame.ports.Actions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbiActions implements Actions {
    private static final String COLUMNS = "id, incident_id, title, owner_name, due_date, success_criterion, action_class, "
            + "priority, state, factor_key, wont_do_reason, created_at, completed_at, verified_at";
    private final Transactions tx;
    private final Dialect dialect;

    public JdbiActions(Transactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public ActionId nextId() {
        return ActionId.of(tx.withHandle(h -> h.createQuery(dialect.nextValue("action_seq")).mapTo(Long.class).one()));
    }

    @Override
    public void save(ActionItem a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", a.id().number());
        v.put("incident", a.incident().number());
        v.put("title", a.title());
        v.put("owner", a.owner());
        v.put("due", a.dueDate());
        v.put("criterion", a.successCriterion());
        v.put("cls", Wire.name(a.actionClass()));
        v.put("priority", Wire.name(a.priority()));
        v.put("state", Wire.name(a.state()));
        v.put("factor", a.factorKey());
        v.put("reason", a.wontDoReason());
        v.put("created", ts(a.createdAt()));
        v.put("completed", ts(a.completedAt()));
        v.put("verified", ts(a.verifiedAt()));
        tx.withHandle(h -> {
            int updated = h.createUpdate("UPDATE action_items SET incident_id = :incident, title = :title, owner_name = :owner, "
                    + "due_date = :due, success_criterion = :criterion, action_class = :cls, priority = :priority, "
                    + "state = :state, factor_key = :factor, wont_do_reason = :reason, created_at = :created, "
                    + "completed_at = :completed, verified_at = :verified WHERE id = :id").bindMap(v).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO action_items (" + COLUMNS + ") VALUES (:id, :incident, :title, :owner, :due, "
                        + ":criterion, :cls, :priority, :state, :factor, :reason, :created, :completed, :verified)")
                        .bindMap(v).execute();
            }
            return null;
        });
    }

    @Override
    public Optional<ActionItem> find(ActionId id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM action_items WHERE id = :id")
                .bind("id", id.number()).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<ActionItem> ofIncident(IncidentId incident) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM action_items WHERE incident_id = :id ORDER BY id")
                .bind("id", incident.number()).map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public List<ActionItem> all() {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM action_items ORDER BY id")
                .map((rs, ctx) -> read(rs)).list());
    }

    /** One query per {@value Sql#IN_CHUNK} incidents. */
    @Override
    public List<ActionItem> ofIncidents(Collection<IncidentId> incidents) {
        return Sql.inChunks(incidents.stream().map(IncidentId::number).sorted().distinct().toList(), chunk -> tx.withHandle(h ->
                h.createQuery("SELECT " + COLUMNS + " FROM action_items WHERE incident_id IN (<ids>) ORDER BY id")
                        .bindList("ids", chunk).map((rs, ctx) -> read(rs)).list()));
    }

    private static ActionItem read(ResultSet rs) throws SQLException {
        return new ActionItem(
                ActionId.of(rs.getLong("id")),
                IncidentId.of(rs.getLong("incident_id")),
                rs.getString("title"),
                rs.getString("owner_name"),
                date(rs, "due_date"),
                rs.getString("success_criterion"),
                Wire.parse(ActionClass.class, rs.getString("action_class"), "class"),
                Wire.parse(ActionPriority.class, rs.getString("priority"), "priority"),
                Wire.parse(ActionState.class, rs.getString("state"), "state"),
                rs.getString("factor_key"),
                rs.getString("wont_do_reason"),
                instant(rs, "created_at"),
                instant(rs, "completed_at"),
                instant(rs, "verified_at"));
    }
}
