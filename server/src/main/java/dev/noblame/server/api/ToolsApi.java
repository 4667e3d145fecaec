package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.common.Wire;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.language.Finding;
import dev.noblame.redaction.Redaction;
import dev.noblame.redaction.RedactionFinding;
import dev.noblame.redaction.Redactor;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blameless-language linter and the redactor over HTTP, in the same JSON shapes as the
 * {@code lint --format json} and {@code redact --format json} commands. People's names come from
 * {@code directory.names} (comma-separated) plus any {@code names} given in the request.
 */
final class ToolsApi {
    static final int MAX_TEXT = 200_000;
    private final List<String> directory;
    private final BlamelessLinter linter;
    private final Redactor redactor;

    ToolsApi(AppContext app) {
        this.directory = names(app.settings().get("directory.names", ""));
        this.linter = BlamelessLinter.withDefaults(directory);
        this.redactor = Redactor.withDefaults(directory);
    }

    void routes() {
        post("/lint", this::lint, Permission.READ);
        post("/redact", this::redact, Permission.READ);
    }

    private void lint(Context ctx) {
        Body b = Body.parse(ctx.body());
        String text = text(b);
        List<String> names = b.strings("names");
        b.done();
        BlamelessLinter l = names == null || names.isEmpty() ? linter : BlamelessLinter.withDefaults(plus(names));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : l.lint(text)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", f.line());
            m.put("column", f.column());
            m.put("start", f.start());
            m.put("end", f.end());
            m.put("rule", f.rule());
            m.put("severity", Wire.name(f.severity()));
            m.put("message", f.message());
            m.put("suggestion", f.suggestion());
            findings.add(m);
        }
        ctx.json(Map.of("findings", findings, "errors", findings.stream().filter(f -> "error".equals(f.get("severity"))).count()));
    }

    private void redact(Context ctx) {
        Body b = Body.parse(ctx.body());
        String text = text(b);
        List<String> names = b.strings("names");
        b.done();
        Redaction r = (names == null || names.isEmpty() ? redactor : Redactor.withDefaults(plus(names))).redact(text);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (RedactionFinding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", f.type());
            m.put("start", f.start());
            m.put("end", f.end());
            m.put("replacement", f.replacement());
            findings.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", r.text());
        out.put("findings", findings);
        ctx.json(out);
    }

    private static String text(Body b) {
        String text = b.text("text");
        if (text == null) {
            b.problem("text", "is required");
        } else if (text.length() > MAX_TEXT) {
            b.problem("text", "is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private List<String> plus(List<String> names) {
        List<String> all = new ArrayList<>(directory);
        names.stream().filter(n -> n != null && !n.isBlank()).forEach(all::add);
        return all;
    }

    static List<String> names(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String n : commaSeparated.split(",")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }
}
