package dev.noblame.server;

import dev.noblame.server.api.ApiServer;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Authenticator;
import dev.noblame.server.auth.Role;
import dev.noblame.server.auth.Sessions;
import dev.noblame.server.config.ServerSettings;
import dev.noblame.server.config.Settings;
import dev.noblame.server.evidence.Evidence;
import dev.noblame.server.evidence.Recorder;
import dev.noblame.server.insights.Changes;
import dev.noblame.server.insights.Insights;
import dev.noblame.server.integration.Integration;
import dev.noblame.server.integration.Integrations;
import dev.noblame.server.persistence.Database;
import dev.noblame.server.persistence.JdbiActions;
import dev.noblame.server.persistence.JdbiDeployments;
import dev.noblame.server.persistence.JdbiIncidents;
import dev.noblame.server.persistence.JdbiOutboxStore;
import dev.noblame.server.persistence.JdbiPostmortems;
import dev.noblame.server.persistence.JdbiReports;
import dev.noblame.server.persistence.JdbiTimeline;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.noblame.outbox.OutboxSettings;
import dev.noblame.outbox.OutboxWorker;
import dev.noblame.server.scheduler.Jobs;
import dev.noblame.server.scheduler.PeriodicJob;
import dev.noblame.server.scheduler.StandardJobs;
import dev.noblame.sla.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring: settings → database → repositories → use cases → HTTP, scheduler and
 * integrations. {@link #start} brings it all up; {@link #close} takes it down in reverse order
 * (stop taking requests, finish scheduled work, close the database).
 */
public final class Hub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Hub.class);

    private final AppContext app;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final Integrations integrations;
    private final Insights insights;
    private final List<Consumer<JavalinConfig>> webExtensions = new ArrayList<>();
    private ApiServer api;
    private Jobs jobs;
    private OutboxWorker outboxWorker;

    private Hub(AppContext app, Integrations integrations, Changes changes) {
        this.app = app;
        this.integrations = integrations;
        this.tokens = new ApiTokens(app.tx(), app.clock());
        this.sessions = new Sessions(app.tx(), app.clock());
        this.insights = Insights.of(app, changes);
    }

    /** Opens the database (migrating it) and builds the services; nothing listens yet. */
    public static Hub create(Settings settings, Integrations integrations) {
        return create(settings, integrations, MicrosClock.system());
    }

    public static Hub create(Settings settings, Integrations integrations, Clock clock) {
        ServerSettings server = ServerSettings.from(settings);
        Database db = Database.open(server);
        try {
            var tx = db.transactions();
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(metrics);
            new JvmThreadMetrics().bindTo(metrics);
            new JvmGcMetrics().bindTo(metrics);
            new ProcessorMetrics().bindTo(metrics);
            Evidence evidence = new Evidence(tx, Evidence.keys(keyDir(settings, server)), server.checkpointEvery(), clock);
            Recorder recorder = new Recorder(evidence);
            // what the KPI index must read back: incidents named by events, and deployments, which record none
            Changes changes = new Changes(tx);
            recorder.addBatchListener(changes::recordAll);
            AppContext app = new AppContext(settings, server, clock, db, tx,
                    new JdbiIncidents(tx, db.dialect()), new JdbiPostmortems(tx), new JdbiActions(tx, db.dialect()),
                    changes.observe(new JdbiDeployments(tx)), new JdbiTimeline(tx), new JdbiReports(tx), new JdbiOutboxStore(tx, clock),
                    evidence, recorder, slaPolicy(settings), metrics);
            for (Integration integration : integrations.all()) {
                integration.start(app);
                recorder.addBatchListener(integration::onEvents);
            }
            return new Hub(app, integrations, changes);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Where the checkpoint signing key lives: evidence.key_dir, or the data directory. */
    public static java.nio.file.Path keyDir(Settings settings, ServerSettings server) {
        return settings.get("evidence.key_dir").map(java.nio.file.Path::of).orElse(server.dataDir());
    }

    /** sla.policy_file laid over the bundled defaults; a bad file stops the start naming the line and key. */
    static SlaPolicy slaPolicy(Settings settings) {
        return settings.get("sla.policy_file").map(f -> SlaPolicy.load(java.nio.file.Path.of(f))).orElseGet(SlaPolicy::defaults);
    }

    public AppContext app() {
        return app;
    }

    /** KPIs and rollups over an index of the database, shared by the API and the web pages. */
    public Insights insights() {
        return insights;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Integrations integrations() {
        return integrations;
    }

    /** For the web UI: add pages, a file renderer and static files to the same server. */
    public Hub withWeb(Consumer<JavalinConfig> extension) {
        webExtensions.add(extension);
        return this;
    }

    public Hub start() {
        Role proxyRole = Role.parse(app.settings().get("auth.proxy_role", "reporter"));
        Authenticator auth = new Authenticator(tokens, sessions, app.server().proxyHeader(), proxyRole);
        // the first KPI index is built before the port opens: no question answered after a restart waits for it
        // (at 100,000 incidents that adds about two seconds to start-up)
        insights.start().current();
        api = new ApiServer(app, tokens, sessions, auth, integrations, insights, webExtensions).start();
        outboxWorker = new OutboxWorker(app.outboxStore(), integrations.outboxHandlers(), outboxSettings(app.settings()),
                replicaName() + "-outbox", app.clock(), new SplittableRandom());
        if (app.settings().bool("scheduler.enabled", true)) {
            List<PeriodicJob> all = new ArrayList<>(StandardJobs.of(app, outboxWorker));
            for (Integration i : integrations.all()) {
                i.scheduledTasks().forEach(t -> all.add(new PeriodicJob(i.name() + "-" + t.name(), t.interval(), t.work())));
            }
            jobs = new Jobs(app.database().dataSource(), all, app.server().schedulerThreads(),
                    Duration.ofSeconds(app.settings().intValue("scheduler.poll_seconds", 2, 1, 600)), replicaName()).start();
        }
        LOG.info("NoBlame is listening on http://localhost:{}/", api.port());
        return this;
    }

    public int port() {
        return api.port();
    }

    public ApiServer api() {
        return api;
    }

    /** The outbox worker (its runs are scheduled; tests and operators may also run it directly). */
    public OutboxWorker outboxWorker() {
        return outboxWorker;
    }

    static OutboxSettings outboxSettings(Settings s) {
        OutboxSettings d = OutboxSettings.DEFAULTS;
        return new OutboxSettings(
                s.intValue("outbox.batch_size", d.batchSize(), 1, 1000),
                Duration.ofSeconds(s.intValue("outbox.lease_seconds", (int) d.lease().toSeconds(), 1, 86_400)),
                Duration.ofMillis(s.intValue("outbox.base_backoff_ms", (int) d.baseBackoff().toMillis(), 1, 3_600_000)),
                Duration.ofSeconds(s.intValue("outbox.max_backoff_seconds", (int) d.maxBackoff().toSeconds(), 1, 86_400)),
                s.intValue("outbox.max_attempts", d.maxAttempts(), 1, 100));
    }

    /** Names this process among the replicas: host and process id. */
    static String replicaName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "noblame";
        }
        String name = host + "-" + ProcessHandle.current().pid();
        return name.length() > 40 ? name.substring(name.length() - 40) : name;
    }

    @Override
    public void close() {
        if (api != null) {
            api.stop();
        }
        if (jobs != null) {
            jobs.close();
        }
        insights.close();
        app.database().close();
    }
}
