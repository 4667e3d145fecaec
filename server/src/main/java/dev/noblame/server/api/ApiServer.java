package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import dev.noblame.server.AppContext;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Authenticator;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Sessions;
import dev.noblame.server.integration.Integration;
import dev.noblame.server.integration.Integrations;
import dev.noblame.server.usecase.BatchedReporting;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The HTTP server: Javalin 7 with the REST API under /api/v1, /health and /metrics. No
 * request logger is installed, on purpose: anonymous reports must leave no address or agent
 * in any log.
 */
public final class ApiServer {
    /** A route as registered, for the OpenAPI completeness test. */
    public record Route(String method, String path) {
    }

    private final Javalin javalin;
    private final BatchedReporting intake;
    private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());

    public ApiServer(AppContext app, ApiTokens tokens, Sessions sessions, Authenticator auth, Integrations integrations,
                     dev.noblame.server.insights.Insights kpis,
                     List<Consumer<JavalinConfig>> extensions) {
        this.intake = new BatchedReporting(app);
        IncidentApi incidents = new IncidentApi(app, intake);
        PostmortemApi postmortems = new PostmortemApi(app);
        ActionApi actions = new ActionApi(app);
        EvidenceApi evidence = new EvidenceApi(app);
        LegalApi legal = new LegalApi(app);
        ToolsApi tools = new ToolsApi(app);
        InsightsApi insights = new InsightsApi(app, kpis);
        OpsApi ops = new OpsApi(app, tokens, sessions, integrations, app.settings().bool("auth.secure_cookies", false));
        String openApi = resource("/openapi.json");
        this.javalin = Javalin.create(config -> {
            config.jetty.port = app.server().port();
            config.http.maxRequestSize = app.server().maxBodyBytes();
            config.jsonMapper(new Json());
            config.startup.showJavalinBanner = false;
            config.events.handlerAdded(meta -> {
                if (meta.getHttpMethod() != HandlerType.BEFORE_MATCHED && meta.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(meta.getHttpMethod().toString(), meta.getPath()));
                }
            });
            ErrorMapping.register(config.routes);
            config.routes.beforeMatched(auth::check);
            config.routes.apiBuilder(() -> {
                get("/health", ctx -> ctx.json(Map.of("status", "ok")), Permission.PUBLIC);
                get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(app.metrics().scrape()), Permission.PUBLIC);
                path("/api/v1", () -> {
                    get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi), Permission.PUBLIC);
                    incidents.routes();
                    postmortems.routes();
                    actions.routes();
                    evidence.routes();
                    legal.routes();
                    tools.routes();
                    insights.routes();
                    ops.routes();
                    for (Integration integration : integrations.all()) {
                        integration.apiRoutes();
                        path("/integrations/" + integration.name(), integration::routes);
                    }
                });
            });
            extensions.forEach(e -> e.accept(config));
        });
    }

    public ApiServer start() {
        javalin.start();
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
        intake.close();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
