package dev.noblame.confluence.macro;

import dev.noblame.common.Checks;
import dev.noblame.incident.IncidentId;

/**
 * How a page lists action items when Jira is configured: a {@code jira} macro over a JQL query.
 * {@code jqlTemplate} has {@code {incident}} where the incident id goes, so the query follows
 * however the Jira adapter marks an action's issue. {@code server} and {@code serverId} name the
 * application link (null: Confluence's primary Jira link).
 */
public record JiraMacro(String server, String serverId, String jqlTemplate) {
    /** The Jira adapter labels action issues {@code noblame-action} and fills the "Incident ID" field. */
    public static final String DEFAULT_JQL = "labels = \"noblame-action\" AND \"Incident ID\" ~ \"\\\"{incident}\\\"\" ORDER BY duedate ASC";
    public static final String COLUMNS = "key,summary,assignee,duedate,status,priority";

    public JiraMacro {
        jqlTemplate = jqlTemplate == null || jqlTemplate.isBlank() ? DEFAULT_JQL : jqlTemplate.strip();
        Checks.start().require(jqlTemplate.contains("{incident}"), "jira.jql", "must contain {incident}").orThrow();
        server = server == null || server.isBlank() ? null : server.strip();
        serverId = serverId == null || serverId.isBlank() ? null : serverId.strip();
    }

    public String jql(IncidentId incident) {
        return jqlTemplate.replace("{incident}", incident.toString());
    }
}
