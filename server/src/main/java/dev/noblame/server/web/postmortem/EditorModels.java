package dev.noblame.server.web.postmortem;

import dev.noblame.action.SmartCheck;
import dev.noblame.incident.Incident;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.language.Finding;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.web.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the editor's model: lints each section and SMART-checks each action. */
public final class EditorModels {
    private final AppContext app;
    private final BlamelessLinter linter;
    private final Rewrites rewrites;

    public EditorModels(AppContext app, BlamelessLinter linter, Rewrites rewrites) {
        this.app = app;
        this.linter = linter;
        this.rewrites = rewrites;
    }

    public Rewrites rewrites() {
        return rewrites;
    }

    public BlamelessLinter linter() {
        return linter;
    }

    public EditorView of(Incident incident, Viewer viewer) {
        Optional<Postmortem> stored = app.postmortems().find(incident.id());
        Postmortem p = stored.orElseGet(() -> Postmortem.start(incident.id(), app.clock().instant()));
        List<SectionView> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            String text = p.section(s);
            List<Finding> findings = text.isBlank() ? List.of() : linter.lint(text);
            List<Marked.Span> spans = findings.stream()
                    .map(f -> new Marked.Span(f.start(), f.end(), "finding " + f.severity().wire(), f.message())).toList();
            sections.add(new SectionView(s, text, findings, Marked.runs(text, spans), rewrites));
        }
        List<EditorView.ActionView> actions = app.actions().ofIncident(incident.id()).stream()
                .map(a -> new EditorView.ActionView(a, SmartCheck.check(a))).toList();
        return new EditorView(incident, p, stored.isPresent(), sections, actions,
                viewer.may(Permission.AUTHOR), viewer.may(Permission.REVIEW), moves(p, viewer));
    }

    private static List<EditorView.Move> moves(Postmortem p, Viewer viewer) {
        List<EditorView.Move> out = new ArrayList<>();
        for (PostmortemStatus to : PostmortemStatus.TABLE.nextFrom(p.status())) {
            if (!viewer.may(EditorPages.requiredFor(to))) {
                continue;
            }
            switch (to) {
                case IN_REVIEW -> out.add(new EditorView.Move("in_review", "Submit for review", false));
                case APPROVED -> out.add(new EditorView.Move("approved", "Approve", false));
                case DRAFT -> out.add(new EditorView.Move("draft", p.status() == PostmortemStatus.NOT_REQUIRED
                        ? "Reopen as a draft" : "Send back to draft", false));
                case CLOSED -> out.add(new EditorView.Move("closed", "Close", false));
                case NOT_REQUIRED -> out.add(new EditorView.Move("not_required", "Mark as not required", true));
                case PUBLISHED -> {
                    // publishing happens on the redaction preview, so nobody publishes unseen text
                }
            }
        }
        return out;
    }
}
