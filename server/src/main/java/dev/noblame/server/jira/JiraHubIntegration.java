package dev.noblame.server.jira;

import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.action.ActionId;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import dev.noblame.jira.JiraIntegration;
import dev.noblame.jira.JiraSettings;
import dev.noblame.jira.sla.PolicySlaRules;
import dev.noblame.jira.sync.SyncRound;
import dev.noblame.jira.webhook.JiraWebhook;
import dev.noblame.ports.IssueTracker;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.redaction.Redactor;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.config.ConfigException;
import dev.noblame.server.integration.Integration;
import dev.noblame.server.integration.IntegrationStatus;
import dev.noblame.server.web.PolicySource;
import dev.noblame.sla.SlaEvaluator;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira joins the hub: the webhook at {@code /api/v1/integrations/jira/webhook}, the outbox
 * handlers of the {@code jira.*} topics, the scheduled sync round, and outbox messages for
 * every change to a postmortem or an action. Quiet (and saying so in its status) when
 * {@code jira.url} is not set.
 */
public final class JiraHubIntegration implements Integration {
    public static final String ACTOR = "jira";

    private AppContext app;
    private JiraIntegration jira;
    private volatile Instant lastSuccess;
    private volatile String lastError;

    @Override
    public String name() {
        return "jira";
    }

    @Override
    public void start(AppContext context) {
        this.app = context;
        Map<String, String> flat = context.settings().asMap();
        if (!JiraSettings.configured(flat)) {
            return;
        }
        JiraSettings settings;
        try {
            settings = JiraSettings.from(flat);
        } catch (ValidationException e) {
            throw new ConfigException(e.getMessage());
        }
        this.jira = build(context, settings);
    }

    /** The adapter on the hub's repositories, outbox, policy, redactor and evidence recorder. */
    static JiraIntegration build(AppContext app, JiraSettings settings) {
        Redactor redactor = Redactor.withDefaults();
        JdbiJiraState state = new JdbiJiraState(app.tx());
        return JiraIntegration.create(settings, new JiraIntegration.Ports(app.incidents(), app.postmortems(), app.actions(),
                app.outbox(), state, state,
                new PolicySlaRules(new SlaEvaluator(PolicySource.load(app.settings()))), text -> redactor.redact(text).text(),
                app.clock(), event -> app.recorder().record(event, ACTOR), work -> app.tx().run(work)));
    }

    public Optional<JiraIntegration> adapter() {
        return Optional.ofNullable(jira);
    }

    @Override
    public void routes() {
        post("/webhook", this::webhook, Permission.PUBLIC);
    }

    /** Signature first: nothing is parsed or changed for a request that does not carry the secret's HMAC. */
    private void webhook(Context ctx) {
        Optional<JiraWebhook> hook = jira == null ? Optional.empty() : jira.webhook();
        Map<String, Object> body = new LinkedHashMap<>();
        if (hook.isEmpty()) {
            body.put("error", "unauthorized");
            body.put("message", "the Jira webhook is not configured (jira.webhook_secret)");
            body.put("fields", Map.of());
            ctx.status(401).json(body);
            return;
        }
        JiraWebhook.Response r = hook.get().handle(ctx.bodyAsBytes(), ctx.header("X-Hub-Signature"));
        if (r.status() >= 400) {
            body.put("error", r.status() == 401 ? "unauthorized" : "invalid");
            body.put("message", r.message());
            // Same error shape as every other /api/v1 route: {error, message, fields}.
            body.put("fields", Map.of());
        } else {
            body.put("outcome", r.outcome().map(o -> o.changed() ? "applied" : "unchanged").orElse("ignored"));
            body.put("detail", r.message());
            r.outcome().ifPresent(o -> body.put("action", o.subject()));
        }
        ctx.status(r.status()).json(body);
    }

    @Override
    public List<OutboxHandler> outboxHandlers() {
        return jira == null ? List.of() : List.of(new Tracked(jira.outboxHandler(), this));
    }

    @Override
    public List<ScheduledTask> scheduledTasks() {
        if (jira == null) {
            return List.of();
        }
        Duration every = Duration.ofMinutes(app.settings().intValue("jira.sync_interval_minutes", 15, 1, 1440));
        return List.of(new ScheduledTask("sync", every, this::syncRound));
    }

    public SyncRound.Report syncRound() {
        try {
            SyncRound.Report report = jira.syncRound().run();
            succeeded();
            return report;
        } catch (RuntimeException e) {
            failed(e);
            throw e;
        }
    }

    /** Every change to a postmortem or an action puts its Jira upsert in the outbox, in the same transaction. */
    @Override
    public void onEvent(DomainEvent event) {
        if (jira == null) {
            return;
        }
        String type = event.type();
        if (type.startsWith("action.") && event.subject().contains("/")) {
            ActionId id = ActionId.parse(event.subject().substring(event.subject().indexOf('/') + 1));
            app.actions().find(id).ifPresent(a -> IssueTracker.enqueueAction(app.outbox(), a));
        } else if (type.startsWith("postmortem.") || type.startsWith("incident.")) {
            IncidentId id = IncidentId.parse(event.subject().contains("/")
                    ? event.subject().substring(0, event.subject().indexOf('/')) : event.subject());
            app.postmortems().find(id).ifPresent(p -> IssueTracker.enqueuePostmortem(app.outbox(), p));
        }
    }

    @Override
    public IntegrationStatus status() {
        if (jira == null) {
            return IntegrationStatus.notConfigured("jira.url is not set (NOBLAME_JIRA_URL)");
        }
        JiraSettings s = jira.settings();
        String detail = dev.noblame.common.Wire.name(s.deployment()) + " site " + s.url() + ", project " + s.project()
                + (s.webhookSecret() == null ? "; webhook off (no jira.webhook_secret)" : "; webhook on");
        return new IntegrationStatus(true, detail, Optional.ofNullable(lastSuccess), Optional.ofNullable(lastError));
    }

    void succeeded() {
        lastSuccess = app.clock().instant();
        lastError = null;
    }

    void failed(Exception e) {
        lastError = e.getMessage();
    }

    /** Notes each delivery's outcome for the status page. */
    private record Tracked(OutboxHandler inner, JiraHubIntegration owner) implements OutboxHandler {
        @Override
        public java.util.Set<String> topics() {
            return inner.topics();
        }

        @Override
        public dev.noblame.ports.Delivery deliver(dev.noblame.ports.OutboxMessage message) {
            dev.noblame.ports.Delivery d = inner.deliver(message);
            if (d instanceof dev.noblame.ports.Delivery.Delivered) {
                owner.succeeded();
            } else {
                owner.lastError = d instanceof dev.noblame.ports.Delivery.Retry r ? r.reason()
                        : ((dev.noblame.ports.Delivery.Rejected) d).reason();
            }
            return d;
        }
    }
}
