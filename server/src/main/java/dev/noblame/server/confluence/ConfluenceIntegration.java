package dev.noblame.server.confluence;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.NameDirectory;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.confluence.ConfluenceOutboxHandler;
import dev.noblame.confluence.ConfluencePublisher;
import dev.noblame.confluence.ConfluenceSettings;
import dev.noblame.incident.IncidentId;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.kpi.MonthlyPoint;
import dev.noblame.kpi.Rollup;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.PageTarget;
import dev.noblame.redaction.Redactor;
import dev.noblame.server.AppContext;
import dev.noblame.server.config.ConfigException;
import dev.noblame.server.insights.Insights;
import dev.noblame.server.integration.Integration;
import dev.noblame.server.integration.IntegrationStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Confluence in the hub: when a postmortem is published, its page is queued in the outbox (same
 * transaction); the outbox worker delivers it through {@link ConfluenceOutboxHandler}, which
 * redacts, renders and upserts the page, and the page id is kept on the incident. Settings:
 * {@code confluence.*} (see {@link ConfluenceSettings}); {@code redaction.names_file} lists
 * people's names to redact. Without {@code confluence.url} the integration stays quiet.
 */
public final class ConfluenceIntegration implements Integration {
    private AppContext app;
    private ConfluenceSettings settings;
    private OutboxHandler handler;
    private PostmortemDocuments documents;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile String lastDelivered;

    @Override
    public String name() {
        return "confluence";
    }

    @Override
    public void start(AppContext context) {
        this.app = context;
        this.documents = new PostmortemDocuments(context);
        if (!ConfluenceSettings.configured(context.settings().asMap())) {
            return;
        }
        try {
            settings = ConfluenceSettings.from(context.settings().asMap());
        } catch (ValidationException e) {
            throw new ConfigException(e.getMessage());
        }
        ConfluencePublisher publisher = ConfluencePublisher.connect(settings, context.clock());
        Insights insights = Insights.following(context, Duration.ofMinutes(5));
        ConfluenceOutboxHandler.Rollups rollups = new ConfluenceOutboxHandler.Rollups() {
            @Override
            public Rollup rollup(Dimension by, KpiPeriod period) {
                return Kpis.rollup(insights.data(), period, by);
            }

            @Override
            public List<MonthlyPoint> monthly(KpiPeriod period) {
                return Kpis.monthly(insights.data(), period);
            }
        };
        handler = new ConfluenceOutboxHandler(publisher, redactor(context), documents::find, rollups,
                (doc, page) -> documents.pagePublished(doc.incident().id(), page.id()));
    }

    /** The redaction every published page goes through: default detectors plus the directory's names. */
    static Redactor redactor(AppContext app) {
        Optional<String> names = app.settings().get("redaction.names_file");
        try {
            return Redactor.withDefaults(names.map(f -> NameDirectory.read(Path.of(f))).orElse(NameDirectory.empty()));
        } catch (ValidationException e) {
            throw new ConfigException("redaction.names_file: " + e.getMessage());
        }
    }

    public boolean configured() {
        return settings != null;
    }

    /** What the last successful delivery made, e.g. "page 123 version 4". */
    public Optional<String> lastDelivered() {
        return Optional.ofNullable(lastDelivered);
    }

    public ConfluenceSettings settings() {
        return settings;
    }

    /** A published postmortem goes to Confluence, in the transaction that published it. */
    @Override
    public void onEvent(DomainEvent event) {
        if (!configured() || settings.space() == null || !event.type().equals("postmortem.published")) {
            return;
        }
        IncidentId id = IncidentId.parse(event.subject());
        enqueuePostmortem(id, new PageTarget(settings.space(), null));
    }

    void enqueuePostmortem(IncidentId id, PageTarget target) {
        app.outbox().enqueue(ConfluenceOutboxHandler.TOPIC, id + "@" + app.clock().instant(),
                ConfluenceOutboxHandler.postmortemPayload(id, target));
    }

    void enqueueRollup(String title, Dimension by, KpiPeriod period, PageTarget target) {
        app.outbox().enqueue(ConfluenceOutboxHandler.TOPIC, "rollup:" + target.space() + ":" + title + "@" + app.clock().instant(),
                ConfluenceOutboxHandler.rollupPayload(title, by, period, target));
    }

    @Override
    public List<OutboxHandler> outboxHandlers() {
        if (handler == null) {
            return List.of();
        }
        return List.of(new OutboxHandler() {
            @Override
            public Set<String> topics() {
                return handler.topics();
            }

            @Override
            public Delivery deliver(OutboxMessage message) {
                Delivery d = handler.deliver(message);
                if (d instanceof Delivery.Delivered ok) {
                    lastSuccess = app.clock().instant();
                    lastDelivered = ok.detail();
                    lastError = null;
                } else {
                    lastError = d instanceof Delivery.Retry r ? r.reason() : ((Delivery.Rejected) d).reason();
                }
                return d;
            }
        });
    }

    @Override
    public IntegrationStatus status() {
        if (!configured()) {
            return IntegrationStatus.notConfigured("set confluence.url (NOBLAME_CONFLUENCE_URL) to publish postmortems");
        }
        String detail = "Confluence " + Wire.name(settings.deployment()) + " at " + settings.host()
                + (settings.space() == null ? "; set confluence.space to publish postmortems automatically" : ", space " + settings.space());
        return new IntegrationStatus(true, detail, Optional.ofNullable(lastSuccess), Optional.ofNullable(lastError));
    }
}
