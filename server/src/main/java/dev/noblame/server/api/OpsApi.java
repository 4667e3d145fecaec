package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.common.ValidationException;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Sessions;
import dev.noblame.server.integration.Integrations;
import dev.noblame.server.usecase.NotFoundException;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operator's endpoints (outbox, integrations) and the web session. */
final class OpsApi {
    private final AppContext app;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final Integrations integrations;
    private final boolean secureCookies;

    OpsApi(AppContext app, ApiTokens tokens, Sessions sessions, Integrations integrations, boolean secureCookies) {
        this.app = app;
        this.tokens = tokens;
        this.sessions = sessions;
        this.integrations = integrations;
        this.secureCookies = secureCookies;
    }

    void routes() {
        get("/outbox", this::outbox, Permission.ADMIN);
        post("/outbox/dead-letters/{id}/requeue", this::requeue, Permission.ADMIN);
        get("/integrations", this::integrations, Permission.ADMIN);
        post("/session", this::signIn, Permission.PUBLIC);
        delete("/session", this::signOut, Permission.PUBLIC);
    }

    private void outbox(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100);
        if (limit < 1 || limit > 1000) {
            throw ValidationException.field("limit", "must be between 1 and 1000");
        }
        long after = Params.integer(ctx, "after", 0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("topics", app.outboxStore().topics());
        out.put("backlog", app.outboxStore().pending(after, limit).stream().map(OpsApi::message).toList());
        out.put("deadLetters", app.outboxStore().deadLetters(after, limit).stream().map(OpsApi::message).toList());
        ctx.json(out);
    }

    private void requeue(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("dead letter " + ctx.pathParam("id"));
        }
        var row = app.outboxStore().find(id).orElseThrow(() -> new NotFoundException("dead letter " + id));
        if (!app.outboxStore().requeue(id, app.clock().instant())) {
            throw new dev.noblame.common.DomainException("outbox message " + id + " is "
                    + dev.noblame.common.Wire.name(row.state()) + ", not a dead letter");
        }
        ctx.json(message(app.outboxStore().find(id).orElseThrow()));
    }

    /** An outbox row without its payload: payloads may hold text meant only for the host. */
    static Map<String, Object> message(dev.noblame.outbox.OutboxRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("topic", r.topic());
        m.put("idempotencyKey", r.idempotencyKey());
        m.put("state", dev.noblame.common.Wire.name(r.state()));
        m.put("attempts", r.attempts());
        m.put("createdAt", r.createdAt());
        m.put("nextAttemptAt", r.nextAttemptAt());
        m.put("lastError", r.lastError());
        m.put("finishedAt", r.finishedAt());
        return m;
    }

    private void integrations(Context ctx) {
        List<Map<String, Object>> out = integrations.all().stream().map(i -> {
            var s = i.status();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("configured", s.configured());
            m.put("detail", s.detail());
            m.put("lastSuccess", s.lastSuccess().orElse(null));
            m.put("lastError", s.lastError().orElse(null));
            return m;
        }).toList();
        ctx.json(Map.of("items", out));
    }

    /** Starts a browser session from an API token: {"token": "nb_..."}. */
    private void signIn(Context ctx) {
        Body b = Body.parse(ctx.body());
        String token = b.requiredText("token");
        b.done();
        var who = tokens.authenticate(token.strip()).orElseThrow(() -> new UnauthorizedResponse("the token is unknown or revoked"));
        Cookie cookie = new Cookie(Sessions.COOKIE, sessions.start(who));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setMaxAge((int) Sessions.LIFETIME.toSeconds());
        ctx.cookie(cookie);
        ctx.json(Map.of("name", who.name(), "role", who.role().wireName()));
    }

    private void signOut(Context ctx) {
        sessions.end(ctx.cookie(Sessions.COOKIE));
        ctx.removeCookie(Sessions.COOKIE, "/");
        ctx.status(204);
    }
}
