package dev.noblame.jira.sync;

import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.provision.Catalogue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Custom field ids by name ({@code customfield_10042} for "Incident ID"), read once from Jira.
 * A missing field means provisioning has not run: the error says so.
 */
public final class JiraFields {
    private final JiraClient client;
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    public JiraFields(JiraClient client) {
        this.client = client;
    }

    public String id(String name) {
        String id = ids.get(name);
        if (id == null) {
            refresh();
            id = ids.get(name);
        }
        if (id == null) {
            throw new IllegalStateException("Jira has no custom field \"" + name
                    + "\": run `noblame jira provision --project KEY` first");
        }
        return id;
    }

    public String incidentId() {
        return id(Catalogue.INCIDENT_ID);
    }

    private synchronized void refresh() {
        for (JiraClient.Field f : client.fields()) {
            if (f.type() != null) {
                ids.putIfAbsent(f.name(), f.id());
            }
        }
    }
}
