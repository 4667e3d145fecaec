package dev.noblame.server.web.incident;

import dev.noblame.action.ActionItem;
import dev.noblame.deployment.Deployment;
import dev.noblame.incident.Incident;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.Postmortem;
import java.util.List;
import java.util.Optional;

/** Everything the incident page shows, gathered once so the template only reads. */
public record IncidentDetail(
        Incident incident,
        Optional<String> reportText,
        List<TimelineEntry> timeline,
        ChainBadge.Result chain,
        Optional<Postmortem> postmortem,
        List<ActionItem> actions,
        List<ClockRow> clocks,
        List<Deployment> deployments,
        List<Link> jiraIssues,
        Optional<Link> confluencePage) {

    /** A link to another tool; {@code url} is null when that tool's address is not configured. */
    public record Link(String label, String url) {
    }
}
