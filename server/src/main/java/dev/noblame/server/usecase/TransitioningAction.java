package dev.noblame.server.usecase;

import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.common.Transition;
import dev.noblame.server.AppContext;

/** Moves an action item: open → in_progress → done → verified_effective, or wont_do with a reason. */
public final class TransitioningAction {
    public record Command(ActionId action, ActionState to, String reason, String by) {
    }

    private final AppContext app;

    public TransitioningAction(AppContext app) {
        this.app = app;
    }

    public ActionItem handle(Command c) {
        return app.tx().inTransaction(() -> {
            ActionItem item = app.actions().find(c.action()).orElseThrow(() -> new NotFoundException("action " + c.action()));
            Transition<ActionItem> t = item.moveTo(c.to(), app.clock().instant(), c.reason());
            app.actions().save(t.after());
            app.recorder().record(t.event(), c.by());
            return t.after();
        });
    }
}
