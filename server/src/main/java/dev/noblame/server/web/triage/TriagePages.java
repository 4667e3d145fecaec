package dev.noblame.server.web.triage;

import dev.noblame.common.DomainException;
import dev.noblame.common.ValidationException;
import dev.noblame.culture.JustCultureRecord;
import dev.noblame.culture.TriageFlow;
import dev.noblame.culture.JustCultureRecords;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.web.FormErrors;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/**
 * The just-culture triage, for the people-ops role only (admins run the system but do not read
 * these records). A guided walk through Reason's decision tree, one question a page; the record
 * is kept in its own store, apart from the postmortem, and is never shown anywhere else.
 */
public final class TriagePages {
    static final int LISTED = 50;
    private static final Map<String, String> LABELS = Map.of("incident", "Incident", "person", "Person",
            "concern", "Concern", "optIn", "Confirmation", "answers", "Answers");

    private final AppContext app;
    private final Web web;
    private final JustCultureRecords records;

    public TriagePages(AppContext app, Web web, JustCultureRecords records) {
        this.app = app;
        this.web = web;
        this.records = records;
    }

    public void home(Context ctx) {
        if (web.allow(ctx, Permission.PEOPLE_OPS)) {
            start(ctx, TriageState.empty(), FormErrors.none());
        }
    }

    /** Starts, answers a question, or goes back one question. */
    public void step(Context ctx) {
        if (!web.allow(ctx, Permission.PEOPLE_OPS)) {
            return;
        }
        TriageState state = TriageState.from(ctx);
        try {
            if ("back".equals(ctx.formParam("go"))) {
                state = state.back();
            } else if (ctx.formParam("question") != null && ctx.formParam("answer") != null) {
                state.replay(by(ctx)).answer(ctx.formParam("question"), "yes".equals(ctx.formParam("answer")));
                state = state.plus(ctx.formParam("question"), "yes".equals(ctx.formParam("answer")));
            }
            TriageFlow flow = state.replay(by(ctx));
            web.render(ctx, "triage/step.jte", web.page(ctx, "Just-culture triage", "triage"), "state", state, "flow", flow);
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            start(ctx, state, FormErrors.of(e, LABELS));
        } catch (DomainException e) {
            ctx.status(HttpStatus.CONFLICT);
            start(ctx, state, FormErrors.of(ValidationException.field("answers", e.getMessage()), LABELS));
        }
    }

    public void keep(Context ctx) {
        if (!web.allow(ctx, Permission.PEOPLE_OPS)) {
            return;
        }
        TriageState state = TriageState.from(ctx);
        try {
            TriageFlow flow = state.replay(by(ctx));
            if (app.incidents().find(flow.request().incident()).isEmpty()) {
                throw ValidationException.field("incident", "names no incident (" + state.incident() + ")");
            }
            JustCultureRecord record = flow.record(records.nextId(), app.clock().instant());
            records.add(record);
            Web.seeOther(ctx, "/triage/records/" + record.id());
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            start(ctx, state, FormErrors.of(e, LABELS));
        } catch (DomainException e) {
            ctx.status(HttpStatus.CONFLICT);
            start(ctx, state, FormErrors.of(ValidationException.field("answers", e.getMessage()), LABELS));
        }
    }

    public void record(Context ctx) {
        if (!web.allow(ctx, Permission.PEOPLE_OPS)) {
            return;
        }
        Optional<JustCultureRecord> r = records.find(ctx.pathParam("id"));
        if (r.isEmpty()) {
            web.problem(ctx, HttpStatus.NOT_FOUND, "No such record", "There is no just-culture record " + ctx.pathParam("id") + ".");
            return;
        }
        ctx.header("Cache-Control", "no-store");
        web.render(ctx, "triage/record.jte", web.page(ctx, "Just-culture record " + r.get().id(), "triage"), "r", r.get());
    }

    private void start(Context ctx, TriageState state, FormErrors errors) {
        ctx.header("Cache-Control", "no-store");
        web.render(ctx, "triage/home.jte", web.page(ctx, "Just-culture triage", "triage"),
                "state", state, "errors", errors, "records", records.recent(LISTED));
    }

    private static String by(Context ctx) {
        return Web.viewer(ctx).userId();
    }
}
