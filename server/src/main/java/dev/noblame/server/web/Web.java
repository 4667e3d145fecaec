package dev.noblame.server.web;

import dev.noblame.server.auth.Authenticator;
import dev.noblame.server.auth.Permission;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every page handler needs: who is looking, the layout's model, and the sign-in gate. */
public final class Web {
    private final Templates templates;

    public Web(Templates templates) {
        this.templates = templates;
    }

    public static Viewer viewer(Context ctx) {
        return new Viewer(Authenticator.principal(ctx));
    }

    public Page page(Context ctx, String title, String nav) {
        return new Page(title, nav, viewer(ctx), Csrf.token(ctx), null);
    }

    /** Renders a template with the page model under {@code page} and the given pairs. */
    public void render(Context ctx, String template, Page page, Object... pairs) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", page);
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        templates.page(ctx, template, params);
    }

    /**
     * True when the viewer may see the page. Otherwise it has already answered: a visitor who is
     * not signed in is sent to the sign-in page and brought back; a signed-in one without the
     * permission gets a plain 403 page saying which role is needed.
     */
    public boolean allow(Context ctx, Permission needed) {
        Viewer viewer = viewer(ctx);
        if (viewer.may(needed)) {
            return true;
        }
        if (!viewer.signedIn()) {
            String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return false;
        }
        problem(ctx, HttpStatus.FORBIDDEN, "Not available for your role",
                "This page needs the " + needed.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + " permission, which the " + viewer.role() + " role does not have.");
        return false;
    }

    public void problem(Context ctx, HttpStatus status, String title, String message) {
        ctx.status(status);
        render(ctx, "problem.jte", page(ctx, title, ""), "title", title, "message", message);
    }

    /** Post/redirect/get: after a successful form, go to a page the browser can reload safely. */
    public static void seeOther(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }
}
