package dev.noblame.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the JTE templates of {@code src/main/jte}. They are compiled to Java by the
 * jte-maven-plugin at build time, in HTML mode, so every {@code ${...}} is escaped for the
 * place it appears in (element text, attribute, URL) and nothing is compiled at run time.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, params, out);
        return out.toString();
    }

    public void page(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(render(template, params));
    }
}
