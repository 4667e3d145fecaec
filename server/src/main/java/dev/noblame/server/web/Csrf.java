package dev.noblame.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery protection for the HTML forms, by double submission: a random
 * token lives in an HttpOnly, SameSite=Strict cookie and is repeated in a hidden field of every
 * form (or the {@code X-CSRF-Token} header for the editor's fetch calls). A page on another
 * site can make the browser send the cookie but cannot read it to fill in the field. It needs
 * no session, so the anonymous report form is protected too.
 */
public final class Csrf {
    public static final String COOKIE = "nb_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "noblame.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The token for this browser, issuing the cookie on first sight. */
    public static String token(Context ctx) {
        String known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        String token = ctx.cookie(COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(COOKIE, token, "/", -1, secure(ctx), true, null, SameSite.STRICT);
            ctx.cookie(cookie);
        }
        ctx.attribute(ATTRIBUTE, token);
        return token;
    }

    /** Refuses a state-changing request whose form field or header does not repeat the cookie. */
    public static void check(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String sent = ctx.header(HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(FIELD);
        }
        if (cookie == null || sent == null || !MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("The form has expired or did not come from NoBlame. Go back, reload the page and try again.");
        }
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }
}
