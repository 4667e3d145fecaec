package dev.noblame.bench.jenkins;

import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.jenkins.correlation.CorrelatingDeployment;
import dev.noblame.jenkins.correlation.CorrelationPolicy;
import dev.noblame.jenkins.correlation.CorrelationResult;
import dev.noblame.jenkins.intake.IntakeResult;
import dev.noblame.jenkins.intake.LibraryPayloads;
import dev.noblame.ports.Timeline;
import dev.noblame.ports.memory.InMemoryCorrelations;
import dev.noblame.ports.memory.InMemoryDeployments;
import dev.noblame.ports.memory.InMemoryIncidents;
import dev.noblame.ports.memory.InMemoryOutbox;
import dev.noblame.ports.memory.InMemoryTimeline;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Jenkins intake with correlation, in process: each event is a shared-library payload parsed from
 * its bytes and correlated against a store of incidents and deployments (the in-memory ports,
 * indexed by service and start time as a database would be). Prints throughput and latency
 * percentiles; it measures, it never passes or fails anything.
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.noblame.bench.jenkins.JenkinsIntakeBenchmark \
 *     --incidents 100000 --deployments 1000000 --events 50000
 * </pre>
 */
@Command(name = "jenkins-intake-benchmark", mixinStandardHelpOptions = true,
        description = "Intake + correlation throughput and latency against large incident and deployment stores.")
public final class JenkinsIntakeBenchmark implements Callable<Integer> {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String[] ENVIRONMENTS = {"production", "staging", "canary"};

    @Option(names = "--incidents", defaultValue = "100000", description = "stored incidents (default ${DEFAULT-VALUE})")
    int incidentCount;

    @Option(names = "--deployments", defaultValue = "1000000", description = "stored deployments (default ${DEFAULT-VALUE})")
    int deploymentCount;

    @Option(names = "--services", defaultValue = "1000", description = "distinct services (default ${DEFAULT-VALUE})")
    int services;

    @Option(names = "--events", defaultValue = "50000", description = "measured intake events (default ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--warmup", defaultValue = "20000", description = "unmeasured events first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--threads", defaultValue = "1", description = "threads taking events (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new JenkinsIntakeBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        InMemoryIncidents incidents = new InMemoryIncidents();
        InMemoryDeployments deployments = new InMemoryDeployments();
        long t0 = System.nanoTime();
        seedIncidents(incidents, random);
        long t1 = System.nanoTime();
        seedDeployments(deployments, random);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "seeded %,d incidents in %.1f s and %,d deployments in %.1f s over %,d services%n",
                incidentCount, (t1 - t0) / 1e9, deploymentCount, (t2 - t1) / 1e9, services);

        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CorrelatingDeployment correlating = new CorrelatingDeployment(incidents, deployments, new InMemoryCorrelations(),
                synchronizedTimeline(new InMemoryTimeline()), new InMemoryOutbox(), clock, CorrelationPolicy.defaults());
        LibraryPayloads parser = new LibraryPayloads(256 * 1024, clock);
        List<byte[]> payloads = payloads(warmup + events, random);

        run(parser, correlating, payloads.subList(0, warmup), 1, null);
        Map<CorrelationOutcome, Long> outcomes = new EnumMap<>(CorrelationOutcome.class);
        Histogram latency = new Histogram(Duration.ofSeconds(10).toNanos(), 3);
        long start = System.nanoTime();
        run(parser, correlating, payloads.subList(warmup, warmup + events), threads, new Recording(latency, outcomes));
        double seconds = (System.nanoTime() - start) / 1e9;

        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "measured %,d events on %d thread(s) in %.2f s: %,.0f events/s%n", events, threads, seconds,
                events / seconds);
        System.out.printf(Locale.ROOT, "latency per event (parse + correlate): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)), ms(latency.getValueAtPercentile(99)),
                ms(latency.getValueAtPercentile(99.9)), ms(latency.getMaxValue()));
        System.out.println("outcomes: " + outcomes);
        System.out.printf(Locale.ROOT, "heap in use: %,d MB of %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        return 0;
    }

    private record Recording(Histogram latency, Map<CorrelationOutcome, Long> outcomes) {
        synchronized void add(long nanos, CorrelationOutcome outcome) {
            latency.recordValue(Math.min(nanos, latency.getHighestTrackableValue()));
            outcomes.merge(outcome, 1L, Long::sum);
        }
    }

    private static void run(LibraryPayloads parser, CorrelatingDeployment correlating, List<byte[]> batch, int threads,
                            Recording recording) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = batch.size() * t / threads;
                int to = batch.size() * (t + 1) / threads;
                futures.add(pool.submit(() -> {
                    for (byte[] body : batch.subList(from, to)) {
                        long s = System.nanoTime();
                        IntakeResult r = parser.parse(body);
                        CorrelationResult c = correlating.correlate(((IntakeResult.Accepted) r).event());
                        long took = System.nanoTime() - s;
                        if (recording != null) {
                            recording.add(took, c.outcome());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A year of incidents, most resolved; 1 % in the last two days, half of those still open. */
    private void seedIncidents(InMemoryIncidents store, SplittableRandom random) {
        for (int n = 1; n <= incidentCount; n++) {
            boolean recent = random.nextInt(100) == 0;
            Instant started = NOW.minusSeconds(recent ? random.nextLong(2 * 86_400) : random.nextLong(365L * 86_400));
            boolean open = recent ? random.nextBoolean() : random.nextInt(50) == 0;
            Instant resolved = open ? null : started.plusSeconds(600 + random.nextInt(86_400));
            Severity severity = Severity.values()[random.nextInt(4)];
            store.save(new Incident(IncidentId.of(n), IncidentKind.INCIDENT, "Errors in service " + n % services, severity,
                    service(random.nextInt(services)), null, "production", null, null, started, started, resolved, resolved,
                    open ? IncidentStatus.INVESTIGATING : IncidentStatus.RESOLVED, Reporter.anonymous(), null, IncidentLinks.NONE, null));
        }
    }

    private void seedDeployments(InMemoryDeployments store, SplittableRandom random) {
        for (int n = 0; n < deploymentCount; n++) {
            String service = service(random.nextInt(services));
            String url = "https://ci.example.com/job/" + service + "/" + n + "/";
            Instant started = NOW.minusSeconds(2 * 86_400 + random.nextLong(363L * 86_400));
            DeploymentState state = random.nextInt(10) == 0 ? DeploymentState.FAILED : DeploymentState.SUCCESSFUL;
            store.save(new Deployment(url, service + "-deploy", n, url, service, "production", EnvironmentType.PRODUCTION, state,
                    List.of(), List.of(), random.nextInt(2000), started, started.plusSeconds(300)));
        }
    }

    /** Payload bytes made up front so only intake is measured: a mix of outcomes, 5 % replays. */
    private List<byte[]> payloads(int count, SplittableRandom random) {
        List<byte[]> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            if (n > 100 && random.nextInt(20) == 0) {
                out.add(out.get(random.nextInt(out.size())));
                continue;
            }
            int kind = random.nextInt(100);
            String state = kind < 55 ? "successful" : kind < 85 ? "failed" : kind < 90 ? "rolled_back" : kind < 95 ? "started" : "failed";
            String env = kind >= 95 ? ENVIRONMENTS[1 + random.nextInt(2)] : "production";
            boolean automatic = state.equals("rolled_back");
            String service = service(random.nextInt(services));
            Instant started = NOW.minusSeconds(random.nextLong(2 * 86_400));
            int build = 10_000_000 + n;
            String json = "{\"service\":\"" + service + "\",\"environment\":\"" + env + "\",\"state\":\"" + state + "\","
                    + "\"pipeline\":\"" + service + "-deploy\",\"buildNumber\":" + build + ","
                    + "\"buildUrl\":\"https://ci.example.com/job/" + service + "/" + build + "/\",\"branch\":\"feature/OPS-" + n + "\","
                    + "\"commits\":[{\"sha\":\"" + Long.toHexString(random.nextLong()) + "\",\"message\":\"SHOP-" + n
                    + " change\",\"committedAt\":\"" + started.minusSeconds(3600) + "\"}],"
                    + "\"changeSize\":" + random.nextInt(3000) + ",\"startedAt\":\"" + started + "\""
                    + (state.equals("started") ? "" : ",\"finishedAt\":\"" + started.plusSeconds(240) + "\"")
                    + ",\"automaticRollback\":" + automatic + "}";
            out.add(json.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String service(int n) {
        return "svc-" + n;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The in-memory timeline appends to a plain list per incident; several intake threads need a lock. */
    private static Timeline synchronizedTimeline(InMemoryTimeline timeline) {
        return new Timeline() {
            @Override
            public synchronized void append(TimelineEntry entry) {
                timeline.append(entry);
            }

            @Override
            public synchronized List<TimelineEntry> of(IncidentId incident) {
                return timeline.of(incident);
            }
        };
    }
}
