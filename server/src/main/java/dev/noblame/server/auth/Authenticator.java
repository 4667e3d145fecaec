package dev.noblame.server.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route: establishes who is calling (bearer token, session cookie,
 * or a trusted proxy header when enabled) and checks the route's permission. Routes that
 * declare {@link Permission#PUBLIC} need nothing; routes that declare nothing need a signed-in
 * caller with {@link Permission#READ}. Nothing about the caller is logged.
 */
public final class Authenticator {
    private static final String ATTRIBUTE = "noblame.principal";

    private final ApiTokens tokens;
    private final Sessions sessions;
    private final Optional<String> proxyHeader;
    private final Role proxyRole;

    public Authenticator(ApiTokens tokens, Sessions sessions, Optional<String> proxyHeader, Role proxyRole) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.proxyHeader = proxyHeader;
        this.proxyRole = proxyRole;
    }

    public void check(Context ctx) {
        Permission needed = required(ctx.routeRoles());
        if (needed == Permission.PUBLIC) {
            identify(ctx).ifPresent(p -> ctx.attribute(ATTRIBUTE, p));
            return;
        }
        Principal who = identify(ctx).orElseThrow(() -> new UnauthorizedResponse(
                "sign in: send Authorization: Bearer <token> (create one with `noblame token create --role ROLE`)"));
        if (!who.may(needed)) {
            throw new ForbiddenResponse("the " + who.role().wireName() + " role may not do this (it needs "
                    + needed.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        ctx.attribute(ATTRIBUTE, who);
    }

    /** The caller, when one was established for this request. */
    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    public Optional<Principal> identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Principal> p = tokens.authenticate(authorization.substring(7).strip());
            if (p.isEmpty()) {
                throw new UnauthorizedResponse("the bearer token is unknown or revoked");
            }
            return p;
        }
        Optional<Principal> session = sessions.find(ctx.cookie(Sessions.COOKIE));
        if (session.isPresent()) {
            return session;
        }
        if (proxyHeader.isPresent()) {
            String user = ctx.header(proxyHeader.get());
            if (user != null && !user.isBlank()) {
                return Optional.of(new Principal(user.strip(), proxyRole));
            }
        }
        return Optional.empty();
    }

    private static Permission required(Set<RouteRole> roles) {
        Permission strongest = null;
        for (RouteRole r : roles) {
            if (r instanceof Permission p && (strongest == null || p.ordinal() > strongest.ordinal())) {
                strongest = p;
            }
        }
        return strongest == null ? Permission.READ : strongest;
    }
}
