package dev.noblame.server.web.postmortem;

import dev.noblame.common.DomainException;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.usecase.EditingPostmortem;
import dev.noblame.server.usecase.TransitioningPostmortem;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The postmortem editor: sections with blameless-language findings, lifecycle moves and
 * reviewers. Every button is a plain form post, so it all works without JavaScript; the
 * editor script only makes the findings live. Action items and contributing factors are in
 * {@link ActionForms}; the redaction preview in {@link PreviewPage}.
 */
public final class EditorPages {
    private final AppContext app;
    private final Web web;
    private final EditorModels models;
    private final EditingPostmortem editing;
    private final TransitioningPostmortem transitioning;

    public EditorPages(AppContext app, Web web, EditorModels models) {
        this.app = app;
        this.web = web;
        this.models = models;
        this.editing = new EditingPostmortem(app);
        this.transitioning = new TransitioningPostmortem(app);
    }

    public void view(Context ctx) {
        if (web.allow(ctx, Permission.READ)) {
            incident(ctx).ifPresent(i -> show(ctx, i, null));
        }
    }

    public void save(Context ctx) {
        if (!web.allow(ctx, Permission.AUTHOR)) {
            return;
        }
        incident(ctx).ifPresent(i -> attempt(ctx, i, () -> {
            saveSections(ctx, i.id());
            Web.seeOther(ctx, base(i) + "/postmortem?saved=1");
        }));
    }

    /** Saves what was typed, then replaces one finding's span with its suggestion. */
    public void apply(Context ctx) {
        if (!web.allow(ctx, Permission.AUTHOR)) {
            return;
        }
        incident(ctx).ifPresent(i -> attempt(ctx, i, () -> {
            Postmortem saved = saveSections(ctx, i.id());
            String[] target = String.valueOf(ctx.formParam("apply")).split(":");
            if (target.length != 3) {
                throw ValidationException.field("apply", "must name a section and a span");
            }
            Section section = Wire.parse(Section.class, target[0], "apply");
            int start = Integer.parseInt(target[1]);
            int end = Integer.parseInt(target[2]);
            String text = saved.section(section);
            Optional<String> rewrite = models.linter().lint(text).stream()
                    .filter(f -> f.start() == start && f.end() == end)
                    .flatMap(f -> models.rewrites().of(f, text.substring(start, end)).stream()).findFirst();
            if (rewrite.isPresent()) {
                String rewritten = Rewrites.apply(text, start, end, rewrite.get());
                editing.handle(new EditingPostmortem.Command(i.id(), Map.of(section, rewritten), null, null, Web.viewer(ctx).userId()));
            }
            Web.seeOther(ctx, base(i) + "/postmortem#s-" + Wire.name(section).replace('_', '-'));
        }));
    }

    public void transition(Context ctx) {
        incident(ctx).ifPresent(i -> {
            PostmortemStatus to;
            try {
                to = Wire.parse(PostmortemStatus.class, ctx.formParam("to"), "to");
            } catch (ValidationException e) {
                web.problem(ctx, HttpStatus.BAD_REQUEST, "Unknown step", e.getMessage());
                return;
            }
            if (!web.allow(ctx, requiredFor(to))) {
                return;
            }
            attempt(ctx, i, () -> {
                transitioning.handle(new TransitioningPostmortem.Command(i.id(), to, Web.viewer(ctx).userId(), ctx.formParam("reason")));
                Web.seeOther(ctx, base(i) + "/postmortem");
            });
        });
    }

    public void reviewers(Context ctx) {
        if (!web.allow(ctx, Permission.AUTHOR)) {
            return;
        }
        incident(ctx).ifPresent(i -> attempt(ctx, i, () -> {
            Set<String> names = new LinkedHashSet<>();
            for (String n : String.valueOf(ctx.formParam("reviewers")).split("[,\\n]")) {
                if (!n.isBlank() && !"null".equals(n)) {
                    names.add(n.strip());
                }
            }
            editing.handle(new EditingPostmortem.Command(i.id(), null, null, names, Web.viewer(ctx).userId()));
            Web.seeOther(ctx, base(i) + "/postmortem#reviewers");
        }));
    }

    /** Approving, publishing and closing are for reviewers; the rest for authors. */
    static Permission requiredFor(PostmortemStatus to) {
        return switch (to) {
            case APPROVED, PUBLISHED, CLOSED -> Permission.REVIEW;
            default -> Permission.AUTHOR;
        };
    }

    private Postmortem saveSections(Context ctx, IncidentId id) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            String text = ctx.formParam("section." + Wire.name(s));
            if (text != null) {
                sections.put(s, text.replace("\r\n", "\n"));
            }
        }
        return editing.handle(new EditingPostmortem.Command(id, sections, null, null, Web.viewer(ctx).userId()));
    }

    /** Runs a change; a refusal from the domain shows the editor again with the reason. */
    void attempt(Context ctx, Incident incident, Runnable change) {
        try {
            change.run();
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, incident, e.getMessage());
        } catch (DomainException e) {
            ctx.status(HttpStatus.CONFLICT);
            show(ctx, incident, e.getMessage());
        } catch (NumberFormatException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, incident, "The button did not name a valid span; reload the page and try again.");
        }
    }

    void show(Context ctx, Incident incident, String problem) {
        EditorView view = models.of(incident, Web.viewer(ctx));
        web.render(ctx, "postmortem/editor.jte", web.page(ctx, "Postmortem " + incident.id(), "incidents").withScript("editor.js"),
                "v", view, "problem", problem, "saved", "1".equals(ctx.queryParam("saved")), "rewrites", models.rewrites().json());
    }

    Optional<Incident> incident(Context ctx) {
        Optional<Incident> found;
        try {
            found = app.incidents().find(IncidentId.parse(ctx.pathParam("id")));
        } catch (ValidationException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            web.problem(ctx, HttpStatus.NOT_FOUND, "No such incident", "There is no incident " + ctx.pathParam("id") + ".");
        }
        return found;
    }

    private static String base(Incident i) {
        return "/incidents/" + i.id();
    }
}
