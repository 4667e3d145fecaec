package dev.noblame.server.web.incident;

import dev.noblame.deployment.Deployment;
import dev.noblame.incident.Incident;
import dev.noblame.server.AppContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Gathers an incident page's facts from the repositories. */
public final class IncidentDetails {
    /** Deployments this long before the start are shown as candidates for what changed. */
    static final Duration LOOK_BACK = Duration.ofHours(24);

    private final AppContext app;
    private final ChainBadge chain;
    private final Function<Incident, List<ClockRow>> clocks;

    public IncidentDetails(AppContext app, ChainBadge chain, Function<Incident, List<ClockRow>> clocks) {
        this.app = app;
        this.chain = chain;
        this.clocks = clocks;
    }

    public IncidentDetail of(Incident incident) {
        String jira = app.settings().get("jira.url", "");
        String confluence = app.settings().get("confluence.url", "");
        List<IncidentDetail.Link> issues = incident.links().jiraKeys().stream()
                .map(k -> new IncidentDetail.Link(k, jira.isEmpty() ? null : strip(jira) + "/browse/" + k)).toList();
        Optional<IncidentDetail.Link> page = incident.links().confluencePageId()
                .map(id -> new IncidentDetail.Link("Confluence page " + id,
                        confluence.isEmpty() ? null : strip(confluence) + "/pages/viewpage.action?pageId=" + id));
        return new IncidentDetail(incident,
                app.reports().whatHappened(incident.id()),
                app.timeline().of(incident.id()),
                chain.check(incident.id().toString()),
                app.postmortems().find(incident.id()),
                app.actions().ofIncident(incident.id()),
                clocks.apply(incident),
                deployments(incident),
                issues,
                page);
    }

    /** Deployments named in the incident's links, then the service's deployments shortly before it started. */
    private List<Deployment> deployments(Incident incident) {
        List<Deployment> out = new ArrayList<>();
        Instant until = incident.resolvedAt() != null ? incident.resolvedAt() : incident.startedAt().plus(Duration.ofHours(1));
        for (Deployment d : app.deployments().ofService(incident.service(), incident.startedAt().minus(LOOK_BACK), until)) {
            out.add(d);
        }
        return out;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
