package dev.noblame.server.web;

import dev.noblame.language.BlamelessLinter;
import dev.noblame.ports.EvidenceStore;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Sessions;
import dev.noblame.server.web.incident.ChainBadge;
import dev.noblame.server.web.incident.IncidentDetails;
import dev.noblame.server.web.incident.IncidentPages;
import dev.noblame.server.web.postmortem.ActionForms;
import dev.noblame.server.web.postmortem.EditorModels;
import dev.noblame.server.web.postmortem.EditorPages;
import dev.noblame.server.web.report.ReportPages;
import dev.noblame.server.web.signin.SignInPages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Set;

/**
 * The web UI: server-rendered pages, a stylesheet and one small script. The hub's wiring calls
 * {@link #configure} once on the Javalin config. Pages are declared {@link Permission#PUBLIC}
 * to the hub's authenticator and check the viewer themselves, so a visitor who is not signed
 * in is sent to the sign-in page instead of getting a JSON 401. Every POST outside the API
 * must carry the CSRF token.
 */
public final class WebUi {
    private final Web web;
    private final ReportPages report;
    private final SignInPages signIn;
    private final IncidentPages incidents;
    private final EditorPages editor;
    private final ActionForms actionForms;

    public WebUi(AppContext app, ApiTokens tokens, Sessions sessions, EvidenceStore evidence) {
        this.web = new Web(new Templates());
        this.report = new ReportPages(app, web);
        this.signIn = new SignInPages(web, tokens, sessions);
        this.incidents = new IncidentPages(app, web, new IncidentDetails(app, new ChainBadge(evidence), i -> List.of()));
        this.editor = new EditorPages(app, web, new EditorModels(app, BlamelessLinter.withDefaults()));
        this.actionForms = new ActionForms(app, web, editor);
    }

    public void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/web/static";
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Permission.PUBLIC);
            files.headers = java.util.Map.of("Cache-Control", "max-age=300");
        });
        var routes = config.routes;
        routes.before(ctx -> {
            SecurityHeaders.apply(ctx);
            if (ctx.method() == HandlerType.POST && !ctx.path().startsWith("/api/")) {
                Csrf.check(ctx);
            }
        });
        get(config, "/", report::form);
        get(config, "/report", report::form);
        post(config, "/report", report::submit);
        get(config, "/report/thanks/{id}", report::thanks);
        get(config, "/signin", signIn::form);
        post(config, "/signin", signIn::submit);
        post(config, "/signout", signIn::signOut);
        get(config, "/incidents", incidents::list);
        get(config, "/incidents/{id}", incidents::detail);
        get(config, "/incidents/{id}/postmortem", editor::view);
        post(config, "/incidents/{id}/postmortem", editor::save);
        post(config, "/incidents/{id}/postmortem/apply", editor::apply);
        post(config, "/incidents/{id}/postmortem/transition", editor::transition);
        post(config, "/incidents/{id}/postmortem/reviewers", editor::reviewers);
        post(config, "/incidents/{id}/postmortem/factors", actionForms::addFactor);
        post(config, "/incidents/{id}/postmortem/factors/remove", actionForms::removeFactor);
        post(config, "/incidents/{id}/actions", actionForms::addAction);
    }

    private static void get(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler, Permission.PUBLIC);
    }

    private static void post(JavalinConfig config, String path, Handler handler) {
        config.routes.post(path, handler, Permission.PUBLIC);
    }

    /** For tests and the wiring: the CSRF token a page would embed for this request. */
    static String csrf(Context ctx) {
        return Csrf.token(ctx);
    }
}
