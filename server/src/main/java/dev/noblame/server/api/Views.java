package dev.noblame.server.api;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API, written out field by field so the wire form is explicit. */
public final class Views {
    private Views() {
    }

    public static Map<String, Object> incident(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id().toString());
        m.put("kind", Wire.name(i.kind()));
        m.put("title", i.title());
        m.put("severity", Wire.name(i.severity()));
        m.put("service", i.service());
        m.put("team", i.team());
        m.put("environment", i.environment());
        m.put("vendor", i.vendor());
        m.put("release", i.release());
        m.put("status", Wire.name(i.status()));
        m.put("startedAt", i.startedAt());
        m.put("detectedAt", i.detectedAt());
        m.put("mitigatedAt", i.mitigatedAt());
        m.put("resolvedAt", i.resolvedAt());
        m.put("reporter", i.reporter().userId().orElse(null));
        m.put("anonymous", i.reporter().isAnonymous());
        m.put("impact", Map.of("dataLoss", i.impact().dataLoss(), "securityExposure", i.impact().securityExposure(),
                "postmortemRequested", i.impact().postmortemRequested()));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("jiraKeys", i.links().jiraKeys());
        links.put("buildUrls", i.links().buildUrls());
        links.put("confluencePageId", i.links().confluencePageId().orElse(null));
        m.put("links", links);
        m.put("dismissedReason", i.dismissedReason());
        m.put("nextStatuses", IncidentStatus.TABLE.nextFrom(i.status()).stream().map(Wire::name).toList());
        return m;
    }

    public static Map<String, Object> timelineEntry(TimelineEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident", e.incident().toString());
        m.put("at", e.at());
        m.put("text", e.text());
        m.put("source", e.source());
        m.put("author", e.author());
        return m;
    }

    public static Map<String, Object> postmortem(Postmortem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident", p.incident().toString());
        m.put("status", Wire.name(p.status()));
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            sections.put(Wire.name(s), p.section(s));
        }
        m.put("sections", sections);
        List<Map<String, Object>> factors = new ArrayList<>();
        for (ContributingFactor f : p.factors()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("category", Wire.name(f.category()));
            fm.put("text", f.text());
            fm.put("tags", List.copyOf(f.tags()));
            factors.add(fm);
        }
        m.put("factors", factors);
        m.put("authors", List.copyOf(p.authors()));
        m.put("reviewers", List.copyOf(p.reviewers()));
        m.put("approvals", List.copyOf(p.approvals()));
        m.put("notRequiredReason", p.notRequiredReason());
        m.put("createdAt", p.createdAt());
        m.put("updatedAt", p.updatedAt());
        m.put("nextStatuses", PostmortemStatus.TABLE.nextFrom(p.status()).stream().map(Wire::name).toList());
        return m;
    }

    public static Map<String, Object> action(ActionItem a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("incident", a.incident().toString());
        m.put("title", a.title());
        m.put("owner", a.owner());
        m.put("dueDate", a.dueDate());
        m.put("successCriterion", a.successCriterion());
        m.put("class", Wire.name(a.actionClass()));
        m.put("priority", Wire.name(a.priority()));
        m.put("state", Wire.name(a.state()));
        m.put("factorKey", a.factorKey());
        m.put("wontDoReason", a.wontDoReason());
        m.put("createdAt", a.createdAt());
        m.put("completedAt", a.completedAt());
        m.put("verifiedAt", a.verifiedAt());
        m.put("nextStates", ActionState.TABLE.nextFrom(a.state()).stream().map(Wire::name).toList());
        return m;
    }

    public static Map<String, Object> page(List<?> items, long total, int offset, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("total", total);
        m.put("offset", offset);
        m.put("limit", limit);
        return m;
    }
}
