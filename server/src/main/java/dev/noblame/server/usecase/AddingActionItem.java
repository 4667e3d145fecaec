package dev.noblame.server.usecase;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.AppContext;
import java.time.LocalDate;

/** Adds a SMART action item to an incident. */
public final class AddingActionItem {
    public record Command(IncidentId incident, String title, String owner, LocalDate dueDate, String successCriterion,
                          ActionClass actionClass, ActionPriority priority, String factorKey, String by) {
    }

    private final AppContext app;

    public AddingActionItem(AppContext app) {
        this.app = app;
    }

    public ActionItem handle(Command c) {
        return app.tx().inTransaction(() -> {
            if (app.incidents().find(c.incident()).isEmpty()) {
                throw new NotFoundException("incident " + c.incident());
            }
            var now = app.clock().instant();
            ActionItem item = ActionItem.open(app.actions().nextId(), c.incident(), c.title(), c.owner(), c.dueDate(),
                    c.successCriterion(), c.actionClass() == null ? ActionClass.PREVENT : c.actionClass(),
                    c.priority() == null ? ActionPriority.NORMAL : c.priority(), now);
            if (c.factorKey() != null && !c.factorKey().isBlank()) {
                item = item.withFactorKey(c.factorKey().strip());
            }
            app.actions().save(item);
            app.recorder().record(DomainEvent.of("action.opened", item.subject(), now,
                    "title", item.title(),
                    "owner", item.owner(),
                    "due", item.dueDate() == null ? null : item.dueDate().toString(),
                    "class", Wire.name(item.actionClass()),
                    "priority", Wire.name(item.priority())), c.by());
            return item;
        });
    }
}
