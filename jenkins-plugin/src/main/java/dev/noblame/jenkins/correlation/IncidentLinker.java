package dev.noblame.jenkins.correlation;

import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.Incident;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Timeline;
import java.time.Instant;

/** Writes a deployment onto an incident: its build URL into the links and a line into the timeline. */
final class IncidentLinker {
    static final String SOURCE = "jenkins";
    static final String AUTHOR = "noblame-correlation";

    private final Incidents incidents;
    private final Timeline timeline;

    IncidentLinker(Incidents incidents, Timeline timeline) {
        this.incidents = incidents;
        this.timeline = timeline;
    }

    Incident link(Incident incident, Deployment d, String what, RankedCandidate why, Instant at) {
        Incident linked = d.buildUrl() == null ? incident : incident.withLinks(incident.links().withBuildUrl(d.buildUrl()));
        if (linked != incident) {
            incidents.save(linked);
        }
        String because = why == null ? "" : " (score " + why.score() + ": " + String.join("; ", why.reasons()) + ")";
        String text = what + ": " + describe(d) + because;
        timeline.append(new TimelineEntry(incident.id(), at, cut(text), SOURCE, AUTHOR));
        return linked;
    }

    static String describe(Deployment d) {
        return "'" + d.pipeline() + "' #" + d.buildNumber() + " of " + d.service() + " to " + d.environment() + " "
                + dev.noblame.common.Wire.name(d.state()).replace('_', ' ')
                + (d.buildUrl() == null ? "" : " (" + d.buildUrl() + ")");
    }

    private static String cut(String s) {
        return s.length() <= TimelineEntry.MAX_TEXT ? s : s.substring(0, TimelineEntry.MAX_TEXT - 3) + "...";
    }
}
