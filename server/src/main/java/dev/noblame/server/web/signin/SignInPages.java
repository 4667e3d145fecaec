package dev.noblame.server.web.signin;

import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Principal;
import dev.noblame.server.auth.Sessions;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.Optional;

/**
 * Starts a web session from an API token (DESIGN §6). The token is checked once and never
 * stored in the browser: the session cookie holds only a random id. SameSite=Lax, not Strict,
 * so that a link from a Jira issue or a Confluence page opens NoBlame signed in; every
 * state-changing form still needs its CSRF token.
 */
public final class SignInPages {
    private final Web web;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final boolean secureCookies;

    /** {@code secureCookies}: setting auth.secure_cookies, for a hub behind HTTPS that sees plain HTTP. */
    public SignInPages(Web web, ApiTokens tokens, Sessions sessions, boolean secureCookies) {
        this.web = web;
        this.tokens = tokens;
        this.sessions = sessions;
        this.secureCookies = secureCookies;
    }

    public void form(Context ctx) {
        web.render(ctx, "signin.jte", web.page(ctx, "Sign in", "signin"), "next", safeNext(ctx.queryParam("next")), "error", null);
    }

    public void submit(Context ctx) {
        String next = safeNext(ctx.formParam("next"));
        Optional<Principal> who = tokens.authenticate(ctx.formParam("token") == null ? null : ctx.formParam("token").strip());
        if (who.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            web.render(ctx, "signin.jte", web.page(ctx, "Sign in", "signin"), "next", next,
                    "error", "That token is unknown or has been revoked. Ask an admin for a new one.");
            return;
        }
        String id = sessions.start(who.get());
        int seconds = (int) Sessions.LIFETIME.toSeconds();
        ctx.cookie(new Cookie(Sessions.COOKIE, id, "/", seconds, secure(ctx), true, null, SameSite.LAX));
        Web.seeOther(ctx, next);
    }

    public void signOut(Context ctx) {
        sessions.end(ctx.cookie(Sessions.COOKIE));
        ctx.cookie(new Cookie(Sessions.COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
        Web.seeOther(ctx, "/report");
    }

    /** Only a local path: never a redirect to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\r")
                || next.contains("\n")) {
            return "/incidents";
        }
        return next;
    }

    private boolean secure(Context ctx) {
        return secureCookies || "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
