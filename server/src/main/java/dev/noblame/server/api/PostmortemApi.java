package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Authenticator;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Principal;
import dev.noblame.server.usecase.EditingPostmortem;
import dev.noblame.server.usecase.NotFoundException;
import dev.noblame.server.usecase.TransitioningPostmortem;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** An incident's postmortem: sections, factors, reviewers, and its review lifecycle. */
final class PostmortemApi {
    private final AppContext app;
    private final EditingPostmortem editing;
    private final TransitioningPostmortem transitioning;

    PostmortemApi(AppContext app) {
        this.app = app;
        this.editing = new EditingPostmortem(app);
        this.transitioning = new TransitioningPostmortem(app);
    }

    void routes() {
        path("/incidents/{id}/postmortem", () -> {
            get(this::show, Permission.READ);
            put(this::edit, Permission.AUTHOR);
            post("/transitions", this::transition, Permission.AUTHOR);
        });
    }

    /** The stored postmortem, or the empty draft an author would start from. */
    private void show(Context ctx) {
        var id = Params.incident(ctx);
        if (app.incidents().find(id).isEmpty()) {
            throw new NotFoundException("incident " + id);
        }
        Postmortem p = app.postmortems().find(id).orElseGet(() -> Postmortem.start(id, app.clock().instant()));
        var incident = app.incidents().find(id).orElseThrow();
        Map<String, Object> view = Views.postmortem(p);
        var decision = app.slaPolicy().postmortemRequirement().decide(incident);
        view.put("required", Map.of("required", decision.isRequired(), "reasons", decision.reasons()));
        view.put("sla", new dev.noblame.sla.SlaEvaluator(app.slaPolicy()).evaluate(
                dev.noblame.sla.PostmortemFacts.of(incident, p, firstAt(id, "postmortem.in_review"),
                        firstAt(id, "postmortem.approved")), app.clock().instant())
                .map(PostmortemApi::sla).orElse(null));
        ctx.json(view);
    }

    private void edit(Context ctx) {
        var id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        Map<Section, String> sections = sections(b.object("sections"));
        List<ContributingFactor> factors = factors(b);
        List<String> reviewers = b.strings("reviewers");
        b.done();
        Postmortem p = editing.handle(new EditingPostmortem.Command(id, sections, factors,
                reviewers == null ? null : new LinkedHashSet<>(reviewers), Params.by(ctx)));
        ctx.json(Views.postmortem(p));
    }

    /** Approving, publishing and closing are a reviewer's moves; authors submit and withdraw. */
    private void transition(Context ctx) {
        var id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        b.requiredText("to");
        PostmortemStatus to = b.enumValue(PostmortemStatus.class, "to");
        String reason = b.text("reason");
        b.done();
        boolean reviewersMove = to == PostmortemStatus.APPROVED || to == PostmortemStatus.PUBLISHED || to == PostmortemStatus.CLOSED;
        Principal who = Authenticator.principal(ctx).orElseThrow();
        if (reviewersMove && !who.may(Permission.REVIEW)) {
            throw new ForbiddenResponse("only a reviewer may move a postmortem to " + Wire.name(to));
        }
        ctx.json(Views.postmortem(transitioning.handle(new TransitioningPostmortem.Command(id, to, who.name(), reason))));
    }

    /** When the postmortem first made this move, from its evidence trail; null when it never did. */
    private java.time.Instant firstAt(dev.noblame.incident.IncidentId id, String type) {
        long after = 0;
        while (true) {
            var page = app.evidence().ofSubject(id.toString(), after, 500);
            for (var e : page) {
                if (e.type().equals(type)) {
                    return e.occurredAt();
                }
            }
            if (page.size() < 500) {
                return null;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    private static Map<String, Object> sla(dev.noblame.sla.PostmortemSla s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("draft", deadline(s.draft()));
        m.put("review", deadline(s.review()));
        return m;
    }

    private static Map<String, Object> deadline(dev.noblame.sla.Deadline d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("due", d.due());
        m.put("remindAt", d.remindAt());
        m.put("state", Wire.name(d.state()));
        m.put("doneAt", d.doneAt());
        return m;
    }

    private static Map<Section, String> sections(Body s) {
        if (s == null) {
            return null;
        }
        Map<Section, String> out = new EnumMap<>(Section.class);
        for (String name : s.fieldNames()) {
            Section section;
            try {
                section = Wire.parse(Section.class, name, name);
            } catch (ValidationException e) {
                s.problem(name, "is not a section; sections are " + Wire.choices(Section.class));
                continue;
            }
            String text = s.text(name);
            out.put(section, text == null ? "" : text);
        }
        return out;
    }

    private static List<ContributingFactor> factors(Body b) {
        List<Body> items = b.objects("factors");
        if (items == null) {
            return null;
        }
        List<ContributingFactor> out = new ArrayList<>();
        for (Body f : items) {
            FactorCategory category = f.enumValue(FactorCategory.class, "category");
            String text = f.requiredText("text");
            List<String> tags = f.strings("tags");
            if (category == null && !f.has("category")) {
                f.problem("category", "is required");
            }
            if (category != null && text != null && !text.isBlank()) {
                try {
                    out.add(new ContributingFactor(category, text, tags == null ? null : new LinkedHashSet<>(tags)));
                } catch (ValidationException e) {
                    e.fields().forEach(f::problem);
                }
            }
        }
        return out;
    }
}
