package dev.noblame.render;

import dev.noblame.action.ActionItem;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.Incident;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.Postmortem;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything a rendered postmortem shows: the incident, its postmortem, the timeline in time
 * order, the action items and supporting links. It is what {@code noblame render} reads and what
 * the Confluence page is built from.
 *
 * <p>The reporter is dropped on construction: a reporter's identity never leaves NoBlame, so a
 * document cannot carry it to a renderer. Just-culture records have no place here at all.
 */
public record PostmortemDocument(
        Incident incident,
        Postmortem postmortem,
        List<TimelineEntry> timeline,
        List<ActionItem> actions,
        List<DocumentLink> links) {

    public PostmortemDocument {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(postmortem, "postmortem");
        if (!postmortem.incident().equals(incident.id())) {
            throw ValidationException.field("postmortem.incident",
                    "is " + postmortem.incident() + " but the incident is " + incident.id());
        }
        incident = withoutReporter(incident);
        timeline = (timeline == null ? List.<TimelineEntry>of() : timeline).stream()
                .sorted(Comparator.comparing(TimelineEntry::at)).toList();
        actions = List.copyOf(actions == null ? List.of() : actions);
        for (ActionItem a : actions) {
            if (!a.incident().equals(incident.id())) {
                throw ValidationException.field("actions." + a.id(), "belongs to " + a.incident() + ", not " + incident.id());
            }
        }
        links = List.copyOf(links == null ? List.of() : links);
    }

    private static Incident withoutReporter(Incident i) {
        if (i.reporter().isAnonymous()) {
            return i;
        }
        return new Incident(i.id(), i.kind(), i.title(), i.severity(), i.service(), i.team(), i.environment(), i.vendor(),
                i.release(), i.startedAt(), i.detectedAt(), i.mitigatedAt(), i.resolvedAt(), i.status(),
                Reporter.anonymous(), i.impact(), i.links(), i.dismissedReason());
    }
}
