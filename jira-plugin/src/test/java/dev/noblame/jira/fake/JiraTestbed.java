package dev.noblame.jira.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.JiraSettings;
import dev.noblame.jira.client.Backoff;
import dev.noblame.jira.client.JiraHttp;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.jira.sla.PolicySlaRules;
import dev.noblame.jira.sync.IssueKeys;
import dev.noblame.jira.webhook.SeenIssues;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.memory.InMemoryActions;
import dev.noblame.ports.memory.InMemoryIncidents;
import dev.noblame.ports.memory.InMemoryOutbox;
import dev.noblame.ports.memory.InMemoryPostmortems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A fake Jira on WireMock plus the adapter wired to it with in-memory ports, a fixed clock and
 * backoff that records its waits instead of sleeping. One per test; {@link #close()} stops it.
 */
public final class JiraTestbed implements AutoCloseable {
    public static final String PROJECT = "OPS";
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    public final boolean cloud;
    public final WireMockServer wiremock;
    public final FakeJira jira;
    public final InMemoryIncidents incidents = new InMemoryIncidents();
    public final InMemoryPostmortems postmortems = new InMemoryPostmortems();
    public final InMemoryActions actions = new InMemoryActions();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final IssueKeys keys = IssueKeys.inMemory();
    public final SeenIssues seen = SeenIssues.inMemory();
    public final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    public final List<dev.noblame.common.DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    public Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Map<String, String> extra = new HashMap<>();

    public JiraTestbed(boolean cloud) {
        this.cloud = cloud;
        this.jira = new FakeJira(cloud, PROJECT);
        this.wiremock = new WireMockServer(options().dynamicPort().extensions(jira).containerThreads(40).asynchronousResponseEnabled(false));
        wiremock.start();
        wiremock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(FakeJira.NAME)));
    }

    public static JiraTestbed cloud() {
        return new JiraTestbed(true);
    }

    public static JiraTestbed dataCenter() {
        return new JiraTestbed(false);
    }

    public JiraTestbed with(String key, String value) {
        extra.put(key, value);
        return this;
    }

    public JiraTestbed provisioned() {
        jira.provisioned(List.of(Catalogue.POSTMORTEM_TYPE, Catalogue.ACTION_TYPE),
                Catalogue.FIELDS.stream().map(Catalogue.FieldSpec::name).toList(), Catalogue.LINK_TYPE);
        return this;
    }

    public Map<String, String> settingsMap() {
        Map<String, String> m = new HashMap<>();
        m.put("jira.url", wiremock.baseUrl());
        m.put("jira.deployment", cloud ? "cloud" : "datacenter");
        m.put("jira.email", "bot@example.com");
        m.put("jira.token", "cloud-token");
        m.put("jira.pat", "dc-pat");
        m.put("jira.project", PROJECT);
        m.put("jira.webhook_secret", "s3cret");
        m.put("server.public_url", "https://noblame.example.com");
        m.put("confluence.url", "https://wiki.example.com/wiki");
        m.put("jira.request_timeout_ms", "2000");
        m.putAll(extra);
        return m;
    }

    public JiraSettings settings() {
        return JiraSettings.from(settingsMap());
    }

    public JiraHttp http() {
        return new JiraHttp(settings(), new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), clock), waits::add);
    }

    public JiraIntegration integration() {
        return integration(keys);
    }

    /** The adapter as a fresh process would build it: same Jira and database, the given key store. */
    public JiraIntegration integration(IssueKeys issueKeys) {
        return new JiraIntegration(settings(), http(), new JiraIntegration.Ports(incidents, postmortems, actions, outbox,
                issueKeys, seen, PolicySlaRules.defaults(), UnaryOperator.identity(), clock, events::add, Runnable::run));
    }

    // ---- fixtures that state intent -------------------------------------------------------------

    public Incident incident(long n, Severity severity) {
        Incident i = new Incident(IncidentId.of(n), IncidentKind.INCIDENT, "Checkout returned 502s", severity, "checkout", "payments",
                "production", null, null, NOW.minus(Duration.ofDays(20)), null, null, null, IncidentStatus.RESOLVED, null, null, null, null);
        incidents.save(i);
        postmortems.save(Postmortem.start(i.id(), NOW.minus(Duration.ofDays(19))));
        return i;
    }

    public ActionItem action(long n, Incident incident, LocalDate due) {
        ActionItem a = ActionItem.open(dev.noblame.action.ActionId.of(n), incident.id(), "Add a canary stage to the checkout deploy",
                "platform team", due, "A bad build is stopped before 5% of traffic", ActionClass.PREVENT, ActionPriority.PRIORITY,
                NOW.minus(Duration.ofDays(18)));
        actions.save(a);
        return a;
    }

    @Override
    public void close() {
        wiremock.stop();
    }
}
