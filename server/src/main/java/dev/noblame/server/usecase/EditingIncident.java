package dev.noblame.server.usecase;

import dev.noblame.common.DomainEvent;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.Severity;
import dev.noblame.server.AppContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes an incident's facts (severity, impact, links); each change is recorded as evidence. */
public final class EditingIncident {
    /** Null fields are left as they are. */
    public record Command(IncidentId incident, Severity severity, Impact impact, String vendor, String release,
                          List<String> addJiraKeys, List<String> addBuildUrls, String confluencePageId, String by) {
    }

    private final AppContext app;

    public EditingIncident(AppContext app) {
        this.app = app;
    }

    public Incident handle(Command c) {
        return app.tx().inTransaction(() -> {
            Incident before = app.incidents().find(c.incident())
                    .orElseThrow(() -> new NotFoundException("incident " + c.incident()));
            Incident after = before;
            Map<String, String> changes = new LinkedHashMap<>();
            if (c.severity() != null && c.severity() != before.severity()) {
                after = after.withSeverity(c.severity());
                changes.put("severity", before.severity() + "->" + c.severity());
            }
            if (c.impact() != null && !c.impact().equals(before.impact())) {
                after = after.withImpact(c.impact());
                changes.put("impact", "dataLoss=" + c.impact().dataLoss() + ",securityExposure="
                        + c.impact().securityExposure() + ",postmortemRequested=" + c.impact().postmortemRequested());
            }
            if ((c.vendor() != null && !c.vendor().equals(before.vendor()))
                    || (c.release() != null && !c.release().equals(before.release()))) {
                String vendor = c.vendor() == null ? before.vendor() : c.vendor();
                String release = c.release() == null ? before.release() : c.release();
                after = new Incident(after.id(), after.kind(), after.title(), after.severity(), after.service(), after.team(),
                        after.environment(), vendor, release, after.startedAt(), after.detectedAt(), after.mitigatedAt(),
                        after.resolvedAt(), after.status(), after.reporter(), after.impact(), after.links(), after.dismissedReason());
                changes.put("vendor", String.valueOf(after.vendor()));
                changes.put("release", String.valueOf(after.release()));
            }
            var links = after.links();
            for (String key : c.addJiraKeys() == null ? List.<String>of() : c.addJiraKeys()) {
                links = links.withJiraKey(key);
            }
            for (String url : c.addBuildUrls() == null ? List.<String>of() : c.addBuildUrls()) {
                links = links.withBuildUrl(url);
            }
            if (c.confluencePageId() != null) {
                links = links.withConfluencePage(c.confluencePageId());
            }
            if (!links.equals(after.links())) {
                after = after.withLinks(links);
                changes.put("links", "jira=" + links.jiraKeys() + ",builds=" + links.buildUrls().size()
                        + ",confluence=" + links.confluencePageId().orElse(""));
            }
            if (changes.isEmpty()) {
                return before;
            }
            app.incidents().save(after);
            app.recorder().record(new DomainEvent("incident.updated", c.incident().toString(), app.clock().instant(), changes), c.by());
            return after;
        });
    }
}
