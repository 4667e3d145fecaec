package dev.noblame.incident;

import java.util.List;
import java.util.Optional;

/** Where the incident shows up in the other tools. */
public record IncidentLinks(List<String> jiraKeys, List<String> buildUrls, Optional<String> confluencePageId) {
    public static final IncidentLinks NONE = new IncidentLinks(List.of(), List.of(), Optional.empty());

    public IncidentLinks {
        jiraKeys = List.copyOf(jiraKeys);
        buildUrls = List.copyOf(buildUrls);
        confluencePageId = confluencePageId == null ? Optional.empty() : confluencePageId;
    }

    public IncidentLinks withJiraKey(String key) {
        if (jiraKeys.contains(key)) {
            return this;
        }
        var keys = new java.util.ArrayList<>(jiraKeys);
        keys.add(key);
        return new IncidentLinks(keys, buildUrls, confluencePageId);
    }

    public IncidentLinks withBuildUrl(String url) {
        if (buildUrls.contains(url)) {
            return this;
        }
        var urls = new java.util.ArrayList<>(buildUrls);
        urls.add(url);
        return new IncidentLinks(jiraKeys, urls, confluencePageId);
    }

    public IncidentLinks withConfluencePage(String pageId) {
        return new IncidentLinks(jiraKeys, buildUrls, Optional.of(pageId));
    }
}
