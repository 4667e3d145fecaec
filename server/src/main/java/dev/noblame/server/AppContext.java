package dev.noblame.server;

import dev.noblame.ports.Actions;
import dev.noblame.ports.Deployments;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Outbox;
import dev.noblame.ports.Postmortems;
import dev.noblame.ports.Timeline;
import dev.noblame.server.config.ServerSettings;
import dev.noblame.sla.SlaPolicy;
import dev.noblame.server.config.Settings;
import dev.noblame.server.evidence.Recorder;
import dev.noblame.server.persistence.Database;
import dev.noblame.server.persistence.JdbiIncidents;
import dev.noblame.server.evidence.Evidence;
import dev.noblame.server.persistence.JdbiOutboxStore;
import dev.noblame.server.persistence.JdbiReports;
import dev.noblame.server.persistence.Transactions;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/**
 * What the hub's parts and the integrations get from the wiring: settings, repositories (the
 * ports of dev.noblame.ports), the outbox, the evidence recorder, and the transaction helper.
 * Wrap a change in {@code tx().inTransaction(...)} and everything written through these
 * (repositories, outbox, recorder) commits together. {@code slaPolicy} is the policy in force
 * ({@code sla.policy_file} laid over the bundled defaults).
 */
public record AppContext(
        Settings settings,
        ServerSettings server,
        Clock clock,
        Database database,
        Transactions tx,
        JdbiIncidents incidentStore,
        Postmortems postmortems,
        Actions actions,
        Deployments deployments,
        Timeline timeline,
        JdbiReports reports,
        JdbiOutboxStore outboxStore,
        Evidence evidence,
        Recorder recorder,
        SlaPolicy slaPolicy,
        PrometheusMeterRegistry metrics) {

    public Incidents incidents() {
        return incidentStore;
    }

    public Outbox outbox() {
        return outboxStore;
    }

    /** The same services on another clock: for seeding history and for tests. */
    public AppContext withClock(Clock other) {
        return new AppContext(settings, server, other, database, tx, incidentStore, postmortems, actions, deployments, timeline,
                reports, outboxStore, evidence, recorder, slaPolicy, metrics);
    }
}
