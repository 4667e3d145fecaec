package dev.noblame.server.web;

import io.javalin.http.Context;

/**
 * Headers on every response. The Content-Security-Policy allows scripts, styles and images only
 * from NoBlame itself and no inline code at all, so an injected {@code <script>} or
 * {@code style="..."} does nothing even if escaping were ever missed. Charts are inline SVG with
 * presentation attributes and classes, which this policy permits.
 */
public final class SecurityHeaders {
    public static final String CSP = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
