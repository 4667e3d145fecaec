package dev.noblame.bench.load;

import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.server.Hub;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import dev.noblame.server.usecase.ReportingIncident;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fills a hub database with reported incidents through the hub's own intake use case (the
 * same transactions, evidence entries and all as {@code POST /api/v1/reports} under load, in
 * batches of {@code --batch}), without HTTP, so
 * that rollups over 100,000 incidents can be timed without first waiting for HTTP intake to
 * create them. Run it while no {@code serve} uses the database (H2 allows one process).
 *
 * <pre>
 * java -cp server/target/noblame.jar:benchmarks/target/benchmarks.jar dev.noblame.bench.load.SeedIncidents \
 *     --data bench-data --incidents 100000
 * </pre>
 */
@Command(name = "seed-incidents", mixinStandardHelpOptions = true,
        description = "Create N reported incidents in a hub database through the intake use case.")
public final class SeedIncidents implements Callable<Integer> {
    private static final List<String> SERVICES = List.of("checkout", "payments", "search", "identity", "notifications", "inventory");
    private static final List<String> TEAMS = List.of("payments", "platform", "discovery", "trust");

    @Option(names = "--data", description = "data directory of the embedded H2 database")
    Path data;

    @Option(names = "--db", description = "JDBC URL of a PostgreSQL database instead")
    String db;

    @Option(names = "--incidents", defaultValue = "100000", description = "how many to create (default ${DEFAULT-VALUE})")
    int incidents;

    @Option(names = "--threads", defaultValue = "2", description = "concurrent reporters (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--batch", defaultValue = "500",
            description = "reports per transaction, as group-committed intake stores them under load (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--spread", defaultValue = "365d", converter = LoadDriver.DurationConverter.class,
            description = "incidents start up to this far in the past (default ${DEFAULT-VALUE})")
    Duration spread;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SeedIncidents()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        if (data != null) {
            settings.put("data.dir", data.toString());
        }
        if (db != null) {
            settings.put("db.url", db);
        }
        try (Hub hub = Hub.create(Settings.of(settings), new Integrations(List.of()))) {
            ReportingIncident reporting = new ReportingIncident(hub.app());
            AtomicLong done = new AtomicLong();
            Instant now = Instant.now();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = incidents / threads + (t < incidents % threads ? 1 : 0);
                SplittableRandom random = new SplittableRandom(1000 + t);
                work.add(pool.submit(() -> {
                    for (int i = 0; i < share; i += batch) {
                        List<ReportingIncident.Command> commands = new ArrayList<>(batch);
                        for (int j = i; j < Math.min(share, i + batch); j++) {
                            commands.add(new ReportingIncident.Command(report(random, now)));
                        }
                        reporting.handleAll(commands);
                        long before = done.getAndAdd(commands.size());
                        if ((before + commands.size()) / 10_000 > before / 10_000) {
                            long n = before + commands.size();
                            System.out.printf(Locale.ROOT, "%,d incidents, %,.0f per second%n", n,
                                    n / ((System.nanoTime() - start) / 1e9));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "created %,d incidents in %.1f s (%,.0f per second)%n", done.get(), seconds,
                    done.get() / seconds);
        }
        return 0;
    }

    private Report report(SplittableRandom random, Instant now) {
        boolean nearMiss = random.nextInt(4) == 0;
        Severity severity = nearMiss ? Severity.SEV4 : Severity.values()[Math.min(3, random.nextInt(6) / 2 + random.nextInt(2))];
        String service = SERVICES.get(random.nextInt(SERVICES.size()));
        Instant occurred = now.minusSeconds(random.nextLong(Math.max(1, spread.toSeconds())));
        return new Report(nearMiss ? IncidentKind.NEAR_MISS : IncidentKind.INCIDENT,
                service + ": " + (nearMiss ? "a change nearly went out unreviewed" : "errors above the SLO for a while"),
                occurred, service, severity, TEAMS.get(random.nextInt(TEAMS.size())), "production", Reporter.anonymous(), null);
    }
}
