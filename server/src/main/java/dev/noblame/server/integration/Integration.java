package dev.noblame.server.integration;

import dev.noblame.common.DomainEvent;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.server.AppContext;
import java.time.Duration;
import java.util.List;

/**
 * How a plugin (Jira, Jenkins, Confluence, …) joins the hub. The wiring calls
 * {@link #start(AppContext)} once, before the HTTP server starts, then asks for routes,
 * outbox handlers, scheduled tasks and listens on events. Add an integration with one line in
 * {@link Integrations#standard}.
 */
public interface Integration {
    /** Lower-case, URL-safe: its routes live under {@code /api/v1/integrations/<name>/}. */
    String name();

    /**
     * Gives the integration the hub's services (settings as a flat map in
     * {@code app.settings().asMap()}, repositories, outbox, transactions). Parse and validate
     * your typed settings here; throw {@link dev.noblame.server.config.ConfigException} naming
     * the key when one is wrong. Unconfigured integrations stay quiet and report it in {@link #status()}.
     */
    void start(AppContext app);

    /**
     * Adds HTTP routes. Called inside {@code ApiBuilder.path("/api/v1/integrations/<name>", ...)},
     * so use {@code ApiBuilder.get/post("/webhook", handler, Permission.X)} with relative paths.
     * A route with {@link dev.noblame.server.auth.Permission#PUBLIC} needs no token (check your own
     * signature); without a permission it needs a signed-in reader. Errors thrown as
     * {@link dev.noblame.common.ValidationException} become 400 with fields.
     */
    default void routes() {
    }

    /**
     * Adds routes directly under {@code /api/v1} (the Jenkins deploy gate is {@code /api/v1/gate}),
     * for the few endpoints of an integration that DESIGN §4 names at the top level.
     */
    default void apiRoutes() {
    }

    /** Delivers the outbox messages of the topics this integration owns. */
    default List<OutboxHandler> outboxHandlers() {
        return List.of();
    }

    /** Periodic work, run by db-scheduler: once per interval across all replicas. */
    default List<ScheduledTask> scheduledTasks() {
        return List.of();
    }

    /**
     * Called with every domain event inside the transaction that caused it: enqueue outbox
     * messages here ({@code app.outbox().enqueue(...)}) and they commit with the change.
     */
    default void onEvent(DomainEvent event) {
    }

    /**
     * The events one transaction recorded together (a batch of reports), in their order.
     * Override it when one look-up for all of them beats one per event.
     */
    default void onEvents(List<DomainEvent> events) {
        events.forEach(this::onEvent);
    }

    /** For the admin page and {@code GET /api/v1/integrations}. */
    IntegrationStatus status();

    /** Periodic work of an integration. {@code name} must be unique across the hub. */
    record ScheduledTask(String name, Duration interval, Runnable work) {
    }
}
