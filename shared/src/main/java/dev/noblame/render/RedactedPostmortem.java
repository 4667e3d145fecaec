package dev.noblame.render;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.Section;
import dev.noblame.redaction.Redactor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A postmortem document whose every free-text field went through the {@link Redactor} (secrets,
 * credentials, contact data, people's names from the directory). It has no public
 * constructor: {@link #of} is the only way to make one, so anything that takes a
 * {@code RedactedPostmortem} (the {@code PagePublisher} port) cannot be handed unredacted text.
 * Identifiers (incident and action ids, enum values, times) are kept as they are.
 */
public final class RedactedPostmortem {
    private final PostmortemDocument document;

    private RedactedPostmortem(PostmortemDocument document) {
        this.document = document;
    }

    public static RedactedPostmortem of(PostmortemDocument d, Redactor redactor) {
        Objects.requireNonNull(redactor, "redactor");
        Text r = new Text(redactor);
        Incident i = d.incident();
        IncidentLinks links = new IncidentLinks(r.all(i.links().jiraKeys()), r.all(i.links().buildUrls()), i.links().confluencePageId());
        Incident incident = new Incident(i.id(), i.kind(), r.cut(i.title(), Incident.MAX_TITLE), i.severity(), r.text(i.service()),
                r.text(i.team()), r.text(i.environment()), r.text(i.vendor()), r.text(i.release()), i.startedAt(), i.detectedAt(),
                i.mitigatedAt(), i.resolvedAt(), i.status(), i.reporter(), i.impact(), links, r.text(i.dismissedReason()));
        Postmortem p = d.postmortem();
        Map<Section, String> sections = new EnumMap<>(Section.class);
        p.sections().forEach((s, text) -> sections.put(s, r.cut(text, Postmortem.MAX_SECTION)));
        List<ContributingFactor> factors = new ArrayList<>();
        for (ContributingFactor f : p.factors()) {
            factors.add(new ContributingFactor(f.category(), r.cut(f.text(), 2000), r.set(f.tags())));
        }
        Postmortem postmortem = new Postmortem(p.incident(), p.status(), sections, factors, r.set(p.authors()), r.set(p.reviewers()),
                r.set(p.approvals()), r.text(p.notRequiredReason()), p.createdAt(), p.updatedAt());
        List<TimelineEntry> timeline = new ArrayList<>();
        for (TimelineEntry e : d.timeline()) {
            timeline.add(new TimelineEntry(e.incident(), e.at(), r.cut(e.text(), TimelineEntry.MAX_TEXT), r.text(e.source()), r.text(e.author())));
        }
        List<ActionItem> actions = new ArrayList<>();
        for (ActionItem a : d.actions()) {
            actions.add(new ActionItem(a.id(), a.incident(), r.cut(a.title(), 500), r.cut(a.owner(), 200), a.dueDate(),
                    r.cut(a.successCriterion(), 2000), a.actionClass(), a.priority(), a.state(), r.text(a.factorKey()),
                    r.text(a.wontDoReason()), a.createdAt(), a.completedAt(), a.verifiedAt()));
        }
        List<DocumentLink> docLinks = new ArrayList<>();
        for (DocumentLink l : d.links()) {
            docLinks.add(new DocumentLink(r.cut(l.title(), 500), r.cut(l.url(), 2000)));
        }
        return new RedactedPostmortem(new PostmortemDocument(incident, postmortem, timeline, actions, docLinks));
    }

    public PostmortemDocument document() {
        return document;
    }

    /** Applies the redaction to nullable text, keeping results within the model's length limits. */
    private record Text(Redactor redactor) {
        String text(String s) {
            if (s == null || s.isEmpty()) {
                return s;
            }
            String out = redactor.redact(s).text();
            return out == null || out.isBlank() ? "[redacted]" : out;
        }

        String cut(String s, int max) {
            String out = text(s);
            return out == null || out.length() <= max ? out : out.substring(0, max);
        }

        List<String> all(List<String> values) {
            return values.stream().map(this::text).toList();
        }

        Set<String> set(Set<String> values) {
            Set<String> out = new LinkedHashSet<>();
            values.forEach(v -> out.add(text(v)));
            return out;
        }
    }
}
