package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.common.Wire;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.usecase.AddingActionItem;
import dev.noblame.server.usecase.NotFoundException;
import dev.noblame.server.usecase.TransitioningAction;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Action items, per incident and across incidents. */
final class ActionApi {
    private final AppContext app;
    private final AddingActionItem adding;
    private final TransitioningAction transitioning;

    ActionApi(AppContext app) {
        this.app = app;
        this.adding = new AddingActionItem(app);
        this.transitioning = new TransitioningAction(app);
    }

    void routes() {
        path("/incidents/{id}/actions", () -> {
            get(this::ofIncident, Permission.READ);
            post(this::add, Permission.RESPOND);
        });
        path("/actions", () -> {
            get(this::list, Permission.READ);
            get("/{id}", this::show, Permission.READ);
            post("/{id}/transitions", this::transition, Permission.RESPOND);
        });
    }

    private void ofIncident(Context ctx) {
        var id = Params.incident(ctx);
        if (app.incidents().find(id).isEmpty()) {
            throw new NotFoundException("incident " + id);
        }
        ctx.json(Map.of("items", app.actions().ofIncident(id).stream().map(Views::action).toList()));
    }

    private void add(Context ctx) {
        var id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        String title = b.requiredText("title");
        String owner = b.text("owner");
        LocalDate due = b.date("dueDate");
        String criterion = b.text("successCriterion");
        ActionClass cls = b.enumValue(ActionClass.class, "class");
        ActionPriority priority = b.enumValue(ActionPriority.class, "priority");
        String factorKey = b.text("factorKey");
        b.done();
        ActionItem item = adding.handle(new AddingActionItem.Command(id, title, owner, due, criterion, cls, priority,
                factorKey, Params.by(ctx)));
        ctx.status(201).header("Location", "/api/v1/actions/" + item.id()).json(Views.action(item));
    }

    /** Filters: state, owner, priority, incident, overdue=true (outstanding and past due). */
    private void list(Context ctx) {
        ActionState state = ctx.queryParam("state") == null ? null : Wire.parse(ActionState.class, ctx.queryParam("state"), "state");
        ActionPriority priority = ctx.queryParam("priority") == null ? null
                : Wire.parse(ActionPriority.class, ctx.queryParam("priority"), "priority");
        String owner = Params.text(ctx, "owner");
        String incident = Params.text(ctx, "incident");
        boolean overdue = "true".equalsIgnoreCase(ctx.queryParam("overdue"));
        int offset = Params.integer(ctx, "offset", 0);
        int limit = Params.integer(ctx, "limit", 100);
        if (offset < 0) {
            throw dev.noblame.common.ValidationException.field("offset", "must not be negative");
        }
        if (limit < 1 || limit > 500) {
            throw dev.noblame.common.ValidationException.field("limit", "must be between 1 and 500");
        }
        LocalDate today = LocalDate.ofInstant(app.clock().instant(), java.time.ZoneOffset.UTC);
        Predicate<ActionItem> keep = a -> (state == null || a.state() == state)
                && (priority == null || a.priority() == priority)
                && (owner == null || owner.equals(a.owner()))
                && (incident == null || incident.equalsIgnoreCase(a.incident().toString()))
                && (!overdue || (a.state().isOutstanding() && a.dueDate() != null && a.dueDate().isBefore(today)));
        List<ActionItem> matching = app.actions().all().stream().filter(keep)
                .sorted(Comparator.comparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ActionItem::id))
                .toList();
        List<Object> page = matching.stream().skip(offset).limit(limit).map(a -> (Object) Views.action(a)).toList();
        ctx.json(Views.page(page, matching.size(), offset, limit));
    }

    private void show(Context ctx) {
        var id = Params.action(ctx);
        ActionItem item = app.actions().find(id).orElseThrow(() -> new NotFoundException("action " + id));
        Map<String, Object> view = Views.action(item);
        view.put("sla", sla(item));
        ctx.json(view);
    }

    /** Where the action stands against the SLA policy now: due, reminder point, state. */
    private Map<String, Object> sla(ActionItem item) {
        String service = app.incidents().find(item.incident()).map(dev.noblame.incident.Incident::service).orElse("default");
        var s = new dev.noblame.sla.SlaEvaluator(app.slaPolicy()).evaluate(item, service, app.clock().instant());
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("due", s.due());
        m.put("dueFromPolicy", s.dueFromPolicy());
        m.put("remindAt", s.remindAt());
        m.put("state", Wire.name(s.state()));
        return m;
    }

    private void transition(Context ctx) {
        var id = Params.action(ctx);
        Body b = Body.parse(ctx.body());
        b.requiredText("to");
        ActionState to = b.enumValue(ActionState.class, "to");
        String reason = b.text("reason");
        b.done();
        ctx.json(Views.action(transitioning.handle(new TransitioningAction.Command(id, to, reason, Params.by(ctx)))));
    }
}
