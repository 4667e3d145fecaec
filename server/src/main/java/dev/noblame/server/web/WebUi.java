package dev.noblame.server.web;

import dev.noblame.ports.EvidenceStore;
import dev.noblame.server.AppContext;
import dev.noblame.server.Hub;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Sessions;
import dev.noblame.server.integration.Integrations;
import dev.noblame.kpi.KpiData;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.redaction.Redactor;
import dev.noblame.culture.JustCultureRecords;
import dev.noblame.server.persistence.JdbiJustCultureRecords;
import dev.noblame.server.persistence.JdbiLegal;
import dev.noblame.server.usecase.ReadingRegulatoryClocks;
import dev.noblame.server.web.admin.AdminPages;
import dev.noblame.server.web.triage.TriagePages;
import dev.noblame.server.web.dashboard.DashboardPages;
import dev.noblame.server.web.postmortem.ActionForms;
import dev.noblame.server.web.postmortem.EditorModels;
import dev.noblame.server.web.postmortem.EditorPages;
import dev.noblame.server.web.postmortem.PreviewPage;
import dev.noblame.server.web.postmortem.Rewrites;
import dev.noblame.server.web.admin.PolicyLines;
import dev.noblame.server.web.incident.ChainBadge;
import dev.noblame.server.web.incident.IncidentClocks;
import dev.noblame.server.web.incident.IncidentDetails;
import dev.noblame.server.web.incident.RegulatoryClockRows;
import dev.noblame.server.web.incident.IncidentPages;
import dev.noblame.server.web.report.ReportPages;
import dev.noblame.server.web.signin.SignInPages;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaPolicy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Set;

/**
 * The web UI: server-rendered pages, a stylesheet and one small script. The wiring adds it to
 * the hub with {@code hub.withWeb(WebUi.of(hub)::configure)}. Pages are declared
 * {@link Permission#PUBLIC} to the hub's authenticator and check the viewer themselves, so a
 * visitor who is not signed in is sent to the sign-in page instead of getting a JSON 401.
 * Every POST outside the API must carry the CSRF token.
 */
public final class WebUi {
    private final Web web;
    private final ReportPages report;
    private final SignInPages signIn;
    private final IncidentPages incidents;
    private final AdminPages admin;
    private final EditorPages editor;
    private final ActionForms actionForms;
    private final PreviewPage preview;
    private final DashboardPages dashboard;
    private final TriagePages triage;

    public WebUi(AppContext app, ApiTokens tokens, Sessions sessions, Integrations integrations, EvidenceStore evidence,
                 SlaPolicy policy, JustCultureRecords justCulture, Supplier<KpiData> kpiIndex) {
        this.web = new Web(new Templates());
        SlaEvaluator sla = new SlaEvaluator(policy);
        boolean secureCookies = app.settings().bool("auth.secure_cookies", false);
        this.report = new ReportPages(app, web);
        this.signIn = new SignInPages(web, tokens, sessions, secureCookies);
        this.incidents = new IncidentPages(app, web, new IncidentDetails(app, new ChainBadge(evidence),
                new RegulatoryClockRows(new IncidentClocks(() -> sla, app.postmortems(), evidence, app.clock()),
                        new ReadingRegulatoryClocks(new JdbiLegal(app.tx(), app.database().dialect()), app.clock()))));
        this.admin = new AdminPages(app, web, tokens, integrations, () -> PolicyLines.of(policy));
        // The same people's names as the API's linter and redactor (setting directory.names).
        List<String> names = names(app.settings().get("directory.names", ""));
        BlamelessLinter linter = BlamelessLinter.withDefaults(names);
        this.editor = new EditorPages(app, web, new EditorModels(app, linter, Rewrites.load()));
        this.actionForms = new ActionForms(app, web, editor);
        this.preview = new PreviewPage(app, web, editor, Redactor.withDefaults(names));
        this.dashboard = new DashboardPages(app, web, () -> policy, linter, kpiIndex);
        this.triage = new TriagePages(app, web, justCulture);
    }

    static List<String> names(String commaSeparated) {
        List<String> out = new java.util.ArrayList<>();
        for (String n : commaSeparated.split(",")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /** The web UI over a hub's services, with the hub's SLA policy in force (setting sla.policy_file). */
    public static WebUi of(Hub hub) {
        return new WebUi(hub.app(), hub.tokens(), hub.sessions(), hub.integrations(), hub.app().evidence().store(),
                hub.app().slaPolicy(),
                new JdbiJustCultureRecords(hub.app().tx(), hub.app().database().dialect()), hub.insights()::data);
    }

    public void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/web/static";
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Permission.PUBLIC);
            files.headers = Map.of("Cache-Control", "max-age=300");
        });
        config.routes.before(ctx -> {
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
        get(config, "/incidents/{id}/postmortem/preview", preview::view);
        post(config, "/incidents/{id}/actions", actionForms::addAction);
        get(config, "/dashboard", dashboard::view);
        get(config, "/triage", triage::home);
        post(config, "/triage/step", triage::step);
        post(config, "/triage/records", triage::keep);
        get(config, "/triage/records/{id}", triage::record);
        get(config, "/admin", admin::view);
        post(config, "/admin/tokens", admin::createToken);
        post(config, "/admin/tokens/revoke", admin::revokeToken);
    }

    private static void get(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler, Permission.PUBLIC);
    }

    private static void post(JavalinConfig config, String path, Handler handler) {
        config.routes.post(path, handler, Permission.PUBLIC);
    }
}
