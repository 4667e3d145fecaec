package dev.noblame.server.web.postmortem;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionPriority;
import dev.noblame.common.Checks;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.usecase.AddingActionItem;
import dev.noblame.server.usecase.EditingPostmortem;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The editor's smaller forms: add an action item, add or remove a contributing factor. */
public final class ActionForms {
    private final AppContext app;
    private final Web web;
    private final EditorPages editor;
    private final AddingActionItem adding;
    private final EditingPostmortem editing;

    public ActionForms(AppContext app, Web web, EditorPages editor) {
        this.app = app;
        this.web = web;
        this.editor = editor;
        this.adding = new AddingActionItem(app);
        this.editing = new EditingPostmortem(app);
    }

    public void addAction(Context ctx) {
        if (!web.allow(ctx, Permission.AUTHOR)) {
            return;
        }
        editor.incident(ctx).ifPresent(i -> editor.attempt(ctx, i, () -> {
            LocalDate due = null;
            String dueText = ctx.formParam("dueDate");
            if (dueText != null && !dueText.isBlank()) {
                try {
                    due = LocalDate.parse(dueText.strip());
                } catch (DateTimeParseException e) {
                    throw ValidationException.field("dueDate", "must be a date like 2026-03-01 (got '" + dueText + "')");
                }
            }
            Checks.start().notBlank(ctx.formParam("title"), "title").orThrow();
            adding.handle(new AddingActionItem.Command(i.id(), ctx.formParam("title"), ctx.formParam("owner"), due,
                    ctx.formParam("successCriterion"),
                    Wire.parse(ActionClass.class, orDefault(ctx.formParam("actionClass"), "prevent"), "actionClass"),
                    Wire.parse(ActionPriority.class, orDefault(ctx.formParam("priority"), "normal"), "priority"),
                    null, Web.viewer(ctx).userId()));
            Web.seeOther(ctx, "/incidents/" + i.id() + "/postmortem#actions-title");
        }));
    }

    public void addFactor(Context ctx) {
        if (!web.allow(ctx, Permission.AUTHOR)) {
            return;
        }
        editor.incident(ctx).ifPresent(i -> editor.attempt(ctx, i, () -> {
            Set<String> tags = new LinkedHashSet<>();
            String tagText = ctx.formParam("tags");
            if (tagText != null) {
                for (String t : tagText.split(",")) {
                    if (!t.isBlank()) {
                        tags.add(t.strip());
                    }
                }
            }
            ContributingFactor factor = new ContributingFactor(
                    Wire.parse(FactorCategory.class, ctx.formParam("category"), "category"), ctx.formParam("text"), tags);
            List<ContributingFactor> factors = new ArrayList<>(current(i.id()).factors());
            factors.add(factor);
            editing.handle(new EditingPostmortem.Command(i.id(), null, factors, null, Web.viewer(ctx).userId()));
            Web.seeOther(ctx, "/incidents/" + i.id() + "/postmortem#factors-title");
        }));
    }

    public void removeFactor(Context ctx) {
        if (!web.allow(ctx, Permission.AUTHOR)) {
            return;
        }
        editor.incident(ctx).ifPresent(i -> editor.attempt(ctx, i, () -> {
            List<ContributingFactor> factors = new ArrayList<>(current(i.id()).factors());
            int index = Integer.parseInt(String.valueOf(ctx.formParam("index")));
            if (index < 0 || index >= factors.size()) {
                throw ValidationException.field("index", "names no factor (there are " + factors.size() + ")");
            }
            factors.remove(index);
            editing.handle(new EditingPostmortem.Command(i.id(), null, factors, null, Web.viewer(ctx).userId()));
            Web.seeOther(ctx, "/incidents/" + i.id() + "/postmortem#factors-title");
        }));
    }

    private Postmortem current(dev.noblame.incident.IncidentId id) {
        return app.postmortems().find(id).orElseGet(() -> Postmortem.start(id, app.clock().instant()));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
