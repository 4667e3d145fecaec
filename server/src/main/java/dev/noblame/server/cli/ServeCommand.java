package dev.noblame.server.cli;

import dev.noblame.server.Hub;
import dev.noblame.server.demo.DemoOrganisation;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the NoBlame hub: web UI, REST API, scheduler and integrations.")
public final class ServeCommand implements Runnable {
    @Option(names = "--port", description = "HTTP port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--data", description = "Data directory for the embedded database and keys (default ./noblame-data).")
    Path data;

    @Option(names = "--db", description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://localhost/noblame.")
    String db;

    @Option(names = "--config", description = "YAML configuration file; NOBLAME_* environment variables override it.")
    Path config;

    @Option(names = "--demo", description = "Seed a realistic demo organisation into an empty database.")
    boolean demo;

    @Override
    public void run() {
        Hub hub = Hub.create(settings(config, port, data, db), Integrations.standard());
        CountDownLatch stopped = new CountDownLatch(1);
        // Graceful shutdown on SIGTERM / Ctrl-C: stop accepting requests, let running ones finish, close the database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hub.close();
            stopped.countDown();
        }, "noblame-shutdown"));
        if (demo) {
            seedDemo(hub);
        }
        hub.withWeb(dev.noblame.server.web.WebUi.of(hub)::configure)
                .withWeb(dev.noblame.server.confluence.MacroPages.of(hub)::configure).start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seeds the demo organisation into an empty database and prints how to sign in; leaves existing data alone. */
    private void seedDemo(Hub hub) {
        var out = System.out;
        DemoOrganisation.seedIfEmpty(hub.app(), hub.tokens()).ifPresentOrElse(seeded -> {
            out.println("Demo organisation seeded: " + seeded.incidents() + " incidents, " + seeded.nearMisses()
                    + " near-misses, " + seeded.actions() + " action items, " + seeded.deployments() + " deployments.");
            out.println("Demo admin token (shown once, sign in with it): " + seeded.admin().secret());
        }, () -> out.println("The database already holds data; --demo seeds only an empty one, so nothing was added."));
    }

    /** Settings from the file and environment, with the command-line options laid over them. */
    static Settings settings(Path config, Integer port, Path data, String db) {
        Map<String, String> cli = new LinkedHashMap<>();
        cli.put("server.port", port == null ? null : String.valueOf(port));
        cli.put("data.dir", data == null ? null : data.toString());
        cli.put("db.url", db);
        return Settings.load(config, System.getenv()).with(cli);
    }
}
