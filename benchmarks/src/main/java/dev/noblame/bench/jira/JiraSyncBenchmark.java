package dev.noblame.bench.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.JiraSettings;
import dev.noblame.jira.client.JiraHttp;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.jira.sla.IssueSla;
import dev.noblame.jira.sla.PolicySlaRules;
import dev.noblame.jira.sync.IssueKeys;
import dev.noblame.jira.sync.SyncRound;
import dev.noblame.jira.webhook.SeenIssues;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.memory.InMemoryActions;
import dev.noblame.ports.memory.InMemoryIncidents;
import dev.noblame.ports.memory.InMemoryOutbox;
import dev.noblame.ports.memory.InMemoryPostmortems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * One Jira sync round over N action issues (default 100,000) paged from an in-process fake Jira
 * Cloud, then delivery of what the round queued by many threads through the client's cap on
 * concurrent requests. Prints time and requests; never fails a build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.noblame.bench.jira.JiraSyncBenchmark [issues] [maxConcurrent] [latencyMs]
 * </pre>
 *
 * Of every 100 actions: one is due tomorrow (a reminder), one is past due (a breach notice),
 * one shows a stale SLA state in Jira (an update), one was moved to Done in Jira without a
 * webhook (reconciled, then updated); the rest are on track and need nothing.
 */
public final class JiraSyncBenchmark {
    private JiraSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        Map<String, String> fieldIds = new HashMap<>();
        JsonArray fields = new JsonArray();
        int f = 10100;
        for (Catalogue.FieldSpec spec : Catalogue.FIELDS) {
            String id = "customfield_" + (f++);
            fieldIds.put(spec.name(), id);
            JsonObject field = new JsonObject();
            field.addProperty("id", id);
            field.addProperty("name", spec.name());
            JsonObject schema = new JsonObject();
            schema.addProperty("custom", spec.type());
            field.add("schema", schema);
            fields.add(field);
        }

        InMemoryIncidents incidents = new InMemoryIncidents();
        InMemoryPostmortems postmortems = new InMemoryPostmortems();
        InMemoryActions actions = new InMemoryActions();
        InMemoryOutbox outbox = new InMemoryOutbox();
        PolicySlaRules rules = PolicySlaRules.defaults();
        long t0 = System.nanoTime();
        try (FakeJiraServer jira = new FakeJiraServer(fields.toString(), latency)) {
            Incident incident = null;
            for (int i = 1; i <= n; i++) {
                if ((i - 1) % 100 == 0) {
                    incident = new Incident(IncidentId.of(i / 100 + 1), IncidentKind.INCIDENT, "Incident " + i, Severity.SEV2,
                            "service-" + (i % 7), null, null, null, null, now.minus(Duration.ofDays(30)), null, null, null,
                            IncidentStatus.RESOLVED, null, null, null, null);
                    incidents.save(incident);
                    postmortems.save(Postmortem.start(incident.id(), now.minus(Duration.ofDays(29))));
                }
                LocalDate due = switch (i % 100) {
                    case 0 -> today.plusDays(1);
                    case 1 -> today.minusDays(1);
                    default -> today.plusDays(60);
                };
                ActionItem a = ActionItem.open(ActionId.of(i), incident.id(), "Action " + i, "team", due, "Measurable outcome " + i,
                        ActionClass.PREVENT, ActionPriority.NORMAL, now.minus(Duration.ofDays(20)));
                actions.save(a);
                IssueSla sla = rules.evaluate(a, incident, now);
                boolean stale = i % 100 == 2;
                boolean doneInJira = i % 100 == 3;
                jira.add("noblame-ACT-" + i, issueJson(i, sla, stale, doneInJira, fieldIds));
            }
            System.out.printf("setup: %,d actions and issues in %,d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
            jira.start();

            JiraSettings settings = JiraSettings.from(Map.of("jira.url", jira.url(), "jira.deployment", "cloud",
                    "jira.email", "bench@example.com", "jira.token", "t", "jira.project", "OPS",
                    "jira.max_concurrent", String.valueOf(cap), "server.public_url", "https://noblame.example.com"));
            JiraHttp http = new JiraHttp(settings);
            JiraIntegration integration = new JiraIntegration(settings, http, new JiraIntegration.Ports(incidents, postmortems,
                    actions, outbox, IssueKeys.inMemory(), SeenIssues.inMemory(), rules, UnaryOperator.identity(), clock,
                    e -> { }, Runnable::run));

            SyncRound.Report report = integration.syncRound().run();
            System.out.println(report.render());
            System.out.printf("round: %,d issues in %,d ms (%,.0f issues/s), %,d requests%n", report.issues(),
                    report.took().toMillis(), report.issues() * 1000.0 / Math.max(1, report.took().toMillis()), report.requests());

            List<OutboxMessage> queued = outbox.drain();
            long before = http.requestCount();
            long writesBefore = jira.writes.get();
            AtomicInteger delivered = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(16);
            long d0 = System.nanoTime();
            for (OutboxMessage m : queued) {
                workers.submit(() -> {
                    if (integration.outboxHandler().deliver(m) instanceof Delivery.Delivered) {
                        delivered.incrementAndGet();
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(30, TimeUnit.MINUTES);
            long ms = (System.nanoTime() - d0) / 1_000_000;
            System.out.printf("delivery: %,d of %,d queued messages delivered by 16 threads in %,d ms, %,d requests (%,d writes)%n",
                    delivered.get(), queued.size(), ms, http.requestCount() - before, jira.writes.get() - writesBefore);
            System.out.printf("cap: jira.max_concurrent=%d, most requests ever in flight at the fake: %d; latency %d ms per request%n",
                    cap, jira.maxInFlight.get(), latency);
            System.out.printf("total requests: %,d%n", jira.requests.get());
        }
    }

    private static String issueJson(int i, IssueSla sla, boolean stale, boolean doneInJira, Map<String, String> ids) {
        JsonObject fields = new JsonObject();
        JsonArray labels = new JsonArray();
        labels.add("noblame");
        labels.add("noblame-action");
        labels.add("noblame-ACT-" + i);
        fields.add("labels", labels);
        JsonObject status = new JsonObject();
        status.addProperty("name", doneInJira ? "Done" : "To Do");
        JsonObject category = new JsonObject();
        category.addProperty("key", doneInJira ? "done" : "new");
        status.add("statusCategory", category);
        fields.add("status", status);
        fields.addProperty("updated", "2026-01-05T09:00:00.000+0000");
        fields.addProperty("duedate", sla.due().toString());
        fields.addProperty(ids.get(Catalogue.SLA_STATE), stale ? "unknown" : Wire.name(sla.state()));
        fields.addProperty(ids.get(Catalogue.VERIFIED_EFFECTIVE), (String) null);
        JsonObject issue = new JsonObject();
        issue.addProperty("id", String.valueOf(100000 + i));
        issue.addProperty("key", "OPS-" + i);
        issue.add("fields", fields);
        return issue.toString();
    }
}
