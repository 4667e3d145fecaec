package dev.noblame.server.web.postmortem;

import dev.noblame.incident.Incident;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.redaction.Redaction;
import dev.noblame.redaction.RedactionFinding;
import dev.noblame.redaction.Redactor;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The redaction preview: each section exactly as it would leave NoBlame, with every
 * replacement marked, and the publish button for a reviewer of an approved postmortem. Only
 * the redacted text is shown; what was removed is named by kind, never repeated.
 */
public final class PreviewPage {
    /** One section as published: the redacted text cut into runs, replacements marked. */
    public record SectionPreview(Section section, List<Marked.Run> runs, int replacements) {
    }

    public record Model(Incident incident, Postmortem postmortem, List<SectionPreview> sections, Map<String, Integer> byKind,
                        boolean canPublish) {
        public int total() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final AppContext app;
    private final Web web;
    private final EditorPages editor;
    private final Redactor redactor;

    public PreviewPage(AppContext app, Web web, EditorPages editor, Redactor redactor) {
        this.app = app;
        this.web = web;
        this.editor = editor;
        this.redactor = redactor;
    }

    public void view(Context ctx) {
        if (!web.allow(ctx, Permission.READ)) {
            return;
        }
        editor.incident(ctx).ifPresent(i -> {
            Postmortem p = app.postmortems().find(i.id()).orElseGet(() -> Postmortem.start(i.id(), app.clock().instant()));
            List<SectionPreview> sections = new ArrayList<>();
            Map<String, Integer> byKind = new TreeMap<>();
            for (Section s : Section.values()) {
                String text = p.section(s);
                if (text.isBlank()) {
                    continue;
                }
                Redaction r = redactor.redact(text);
                r.findings().forEach(f -> byKind.merge(f.type(), 1, Integer::sum));
                sections.add(new SectionPreview(s, Marked.runs(r.text(), spansInRedacted(r)), r.findings().size()));
            }
            boolean canPublish = p.status() == PostmortemStatus.APPROVED && Web.viewer(ctx).may(Permission.REVIEW);
            web.render(ctx, "postmortem/preview.jte", web.page(ctx, "Redaction preview " + i.id(), "incidents"),
                    "m", new Model(i, p, sections, byKind, canPublish));
        });
    }

    /** Where each replacement stands in the redacted text: findings carry offsets into the original. */
    static List<Marked.Span> spansInRedacted(Redaction r) {
        List<RedactionFinding> sorted = new ArrayList<>(r.findings());
        sorted.sort(Comparator.comparingInt(RedactionFinding::start));
        List<Marked.Span> spans = new ArrayList<>();
        int shift = 0;
        for (RedactionFinding f : sorted) {
            int start = f.start() + shift;
            spans.add(new Marked.Span(start, start + f.replacement().length(), "redacted", f.type() + " removed"));
            shift += f.replacement().length() - (f.end() - f.start());
        }
        return spans;
    }
}
