package dev.noblame.jira;

import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.client.JiraHttp;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.jira.provision.Provisioner;
import dev.noblame.jira.sla.SlaNotices;
import dev.noblame.jira.sla.SlaRules;
import dev.noblame.jira.sync.IssueKeys;
import dev.noblame.jira.sync.JiraFields;
import dev.noblame.jira.sync.JiraIssueTracker;
import dev.noblame.jira.sync.JiraOutboxHandler;
import dev.noblame.jira.sync.RepeatIncidents;
import dev.noblame.jira.sync.SyncRound;
import dev.noblame.jira.webhook.InboundChanges;
import dev.noblame.jira.webhook.JiraWebhook;
import dev.noblame.jira.webhook.SeenIssues;
import dev.noblame.jira.webhook.WebhookSignature;
import dev.noblame.ports.Actions;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Outbox;
import dev.noblame.ports.Postmortems;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import dev.noblame.common.DomainEvent;
import java.util.function.UnaryOperator;

/**
 * The Jira adapter put together from its settings and the ports it needs. The server builds
 * one and registers {@link #outboxHandler()}, routes the webhook to {@link #webhook()} and runs
 * {@link #syncRound()} on its schedule; the CLI uses {@link #provisioner()}.
 */
public final class JiraIntegration {

    /**
     * What the host supplies. {@code redact} is applied to free text before it goes to Jira;
     * {@code events} receives the domain events of changes made from Jira (for the evidence
     * chain), inside {@code tx}, the host's transaction around each such change.
     */
    public record Ports(Incidents incidents, Postmortems postmortems, Actions actions, Outbox outbox,
                        IssueKeys keys, SeenIssues seen, SlaRules sla, UnaryOperator<String> redact, Clock clock,
                        Consumer<DomainEvent> events, Consumer<Runnable> tx) {
    }

    private final JiraSettings settings;
    private final Ports ports;
    private final JiraClient client;
    private final JiraFields fields;
    private final JiraIssueTracker tracker;
    private final JiraOutboxHandler handler;
    private final InboundChanges inbound;

    public JiraIntegration(JiraSettings settings, JiraHttp http, Ports ports) {
        this.settings = settings;
        this.ports = ports;
        this.client = new JiraClient(http);
        this.fields = new JiraFields(client);
        this.tracker = new JiraIssueTracker(client, settings, fields, ports.keys(), ports.sla(), ports.clock(), ports.redact());
        SlaNotices notices = new SlaNotices(client, settings, fields, tracker::findByLabel);
        this.handler = new JiraOutboxHandler(tracker, notices, ports.incidents(), ports.postmortems(), ports.actions());
        // the verified-effective field id is looked up lazily: the webhook must work before the first sync
        this.inbound = new InboundChanges(ports.actions(), ports.seen(), new LazyFieldId(fields, Catalogue.VERIFIED_EFFECTIVE),
                ports.events(), ports.tx());
    }

    public static JiraIntegration create(JiraSettings settings, Ports ports) {
        return new JiraIntegration(settings, new JiraHttp(settings), ports);
    }

    public JiraSettings settings() {
        return settings;
    }

    public JiraClient client() {
        return client;
    }

    public JiraIssueTracker tracker() {
        return tracker;
    }

    public JiraOutboxHandler outboxHandler() {
        return handler;
    }

    public Provisioner provisioner() {
        return new Provisioner(client);
    }

    /** Empty when no webhook secret is configured: the route then answers 401 to everything. */
    public Optional<JiraWebhook> webhook() {
        return Optional.ofNullable(settings.webhookSecret())
                .map(secret -> new JiraWebhook(new WebhookSignature(secret), inbound, ports.clock()));
    }

    public SyncRound syncRound() {
        return new SyncRound(client, settings, fields, ports.actions(), ports.incidents(), ports.outbox(), inbound, ports.sla(),
                new RepeatIncidents(ports.incidents(), ports.postmortems()), ports.clock());
    }

    /** A field id read on first use, so building the integration makes no request. */
    private static final class LazyFieldId implements java.util.function.Supplier<String> {
        private final JiraFields fields;
        private final String name;

        LazyFieldId(JiraFields fields, String name) {
            this.fields = fields;
            this.name = name;
        }

        @Override
        public String get() {
            return fields.id(name);
        }
    }
}
