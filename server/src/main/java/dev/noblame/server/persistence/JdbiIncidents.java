package dev.noblame.server.persistence;

import static dev.noblame.server.persistence.Sql.instant;
import static dev.noblame.server.persistence.Sql.json;
import static dev.noblame.server.persistence.Sql.strings;
import static dev.noblame.server.persistence.Sql.ts;

import dev.noblame.common.Wire;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.ports.Incidents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

public final class JdbiIncidents implements Incidents {
    private static final String COLUMNS = "id, kind, title, severity, service, team, environment, vendor, release_name, "
            + "started_at, detected_at, mitigated_at, resolved_at, status, reporter_id, data_loss, security_exposure, "
            + "postmortem_requested, jira_keys, build_urls, confluence_page_id, dismissed_reason";

    private static final String INSERT = "INSERT INTO incidents (" + COLUMNS + ") VALUES (:id, :kind, :title, :severity, "
            + ":service, :team, :environment, :vendor, :release, :started, :detected, :mitigated, :resolved, :status, "
            + ":reporter, :dataLoss, :security, :requested, :jira, :builds, :page, :dismissed)";

    private final Transactions tx;
    private final Dialect dialect;

    public JdbiIncidents(Transactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public IncidentId nextId() {
        return IncidentId.of(tx.withHandle(h -> h.createQuery(dialect.nextValue("incident_seq")).mapTo(Long.class).one()));
    }

    @Override
    public List<IncidentId> nextIds(int count) {
        if (count == 1) {
            return List.of(nextId());
        }
        return tx.withHandle(h -> h.createQuery(dialect.nextValues("incident_seq", count)).mapTo(Long.class).list())
                .stream().sorted().map(IncidentId::of).toList();
    }

    /** New incidents in one batch: no UPDATE tried first, as {@link #save} must. */
    @Override
    public void insertAll(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return;
        }
        tx.inTransaction(() -> tx.withHandle(h -> {
            PreparedBatch insert = h.prepareBatch(INSERT);
            incidents.forEach(i -> bind(insert, i).add());
            return insert.execute();
        }));
    }

    @Override
    public void save(Incident i) {
        tx.withHandle(h -> {
            int updated = bind(h.createUpdate("UPDATE incidents SET kind = :kind, title = :title, severity = :severity, "
                    + "service = :service, team = :team, environment = :environment, vendor = :vendor, release_name = :release, "
                    + "started_at = :started, detected_at = :detected, mitigated_at = :mitigated, resolved_at = :resolved, "
                    + "status = :status, reporter_id = :reporter, data_loss = :dataLoss, security_exposure = :security, "
                    + "postmortem_requested = :requested, jira_keys = :jira, build_urls = :builds, "
                    + "confluence_page_id = :page, dismissed_reason = :dismissed WHERE id = :id"), i).execute();
            if (updated == 0) {
                bind(h.createUpdate(INSERT), i).execute();
            }
            return null;
        });
    }

    private static <S extends SqlStatement<S>> S bind(S s, Incident i) {
        return s.bind("id", i.id().number())
                .bind("kind", Wire.name(i.kind()))
                .bind("title", i.title())
                .bind("severity", i.severity().name())
                .bind("service", i.service())
                .bind("team", i.team())
                .bind("environment", i.environment())
                .bind("vendor", i.vendor())
                .bind("release", i.release())
                .bind("started", ts(i.startedAt()))
                .bind("detected", ts(i.detectedAt()))
                .bind("mitigated", ts(i.mitigatedAt()))
                .bind("resolved", ts(i.resolvedAt()))
                .bind("status", Wire.name(i.status()))
                .bind("reporter", i.reporter().userId().orElse(null))
                .bind("dataLoss", i.impact().dataLoss())
                .bind("security", i.impact().securityExposure())
                .bind("requested", i.impact().postmortemRequested())
                .bind("jira", json(i.links().jiraKeys()))
                .bind("builds", json(i.links().buildUrls()))
                .bind("page", i.links().confluencePageId().orElse(null))
                .bind("dismissed", i.dismissedReason());
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM incidents WHERE id = :id")
                .bind("id", id.number()).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<Incident> list(IncidentQuery q) {
        Filter f = Filter.of(q);
        return tx.withHandle(h -> f.bindTo(h.createQuery("SELECT " + COLUMNS + " FROM incidents" + f.where
                        + " ORDER BY started_at DESC, id ASC LIMIT :limit OFFSET :offset"))
                .bind("limit", q.limit()).bind("offset", q.offset())
                .map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public long count(IncidentQuery q) {
        Filter f = Filter.of(q);
        return tx.withHandle(h -> f.bindTo(h.createQuery("SELECT COUNT(*) FROM incidents" + f.where)).mapTo(Long.class).one());
    }

    @Override
    public List<Incident> startedBetween(String service, Instant from, Instant to) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM incidents WHERE service = :service "
                        + "AND started_at >= :from AND started_at < :to ORDER BY started_at")
                .bind("service", service).bind("from", ts(from)).bind("to", ts(to))
                .map((rs, ctx) -> read(rs)).list());
    }

    /** Every incident that started in [from, to), oldest first, for KPIs and rollups. */
    public List<Incident> between(Instant from, Instant to) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM incidents WHERE started_at >= :from "
                        + "AND started_at < :to ORDER BY started_at")
                .bind("from", ts(from)).bind("to", ts(to)).map((rs, ctx) -> read(rs)).list());
    }

    /**
     * Every incident in id order, for KPIs and SLA evaluation over all time. Id order scans the
     * primary key in storage order; ordering by start would fetch each row through the secondary
     * index, in random order, many times slower over a large table on a cold cache.
     */
    public List<Incident> all() {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM incidents ORDER BY id")
                .setFetchSize(1000).map((rs, ctx) -> read(rs)).list());
    }

    /** One query per {@value Sql#IN_CHUNK} ids. */
    @Override
    public List<Incident> withIds(Collection<IncidentId> ids) {
        return Sql.inChunks(ids.stream().map(IncidentId::number).sorted().distinct().toList(), chunk -> tx.withHandle(h ->
                h.createQuery("SELECT " + COLUMNS + " FROM incidents WHERE id IN (<ids>) ORDER BY id")
                        .bindList("ids", chunk).map((rs, ctx) -> read(rs)).list()));
    }

    public boolean isEmpty() {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incidents").mapTo(Long.class).one()) == 0;
    }

    static Incident read(ResultSet rs) throws SQLException {
        String reporter = rs.getString("reporter_id");
        String page = rs.getString("confluence_page_id");
        return new Incident(
                IncidentId.of(rs.getLong("id")),
                Wire.parse(IncidentKind.class, rs.getString("kind"), "kind"),
                rs.getString("title"),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("service"),
                rs.getString("team"),
                rs.getString("environment"),
                rs.getString("vendor"),
                rs.getString("release_name"),
                instant(rs, "started_at"),
                instant(rs, "detected_at"),
                instant(rs, "mitigated_at"),
                instant(rs, "resolved_at"),
                Wire.parse(IncidentStatus.class, rs.getString("status"), "status"),
                reporter == null ? Reporter.anonymous() : Reporter.named(reporter),
                new Impact(rs.getBoolean("data_loss"), rs.getBoolean("security_exposure"), rs.getBoolean("postmortem_requested")),
                new IncidentLinks(strings(rs.getString("jira_keys")), strings(rs.getString("build_urls")), Optional.ofNullable(page)),
                rs.getString("dismissed_reason"));
    }

    /** The WHERE clause of a query and the values it binds; only named parameters reach the SQL. */
    private record Filter(String where, Map<String, Object> values) {
        static Filter of(IncidentQuery q) {
            List<String> terms = new ArrayList<>();
            Map<String, Object> values = new LinkedHashMap<>();
            add(terms, values, "service = :service", "service", q.service());
            add(terms, values, "team = :team", "team", q.team());
            add(terms, values, "severity = :severity", "severity", q.severity() == null ? null : q.severity().name());
            add(terms, values, "kind = :kind", "kind", q.kind() == null ? null : Wire.name(q.kind()));
            add(terms, values, "status = :status", "status", q.status() == null ? null : Wire.name(q.status()));
            add(terms, values, "started_at >= :from", "from", ts(q.from()));
            add(terms, values, "started_at < :to", "to", ts(q.to()));
            return new Filter(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), values);
        }

        private static void add(List<String> terms, Map<String, Object> values, String term, String name, Object value) {
            if (value != null) {
                terms.add(term);
                values.put(name, value);
            }
        }

        <S extends SqlStatement<S>> S bindTo(S statement) {
            values.forEach(statement::bind);
            return statement;
        }
    }

}
