package dev.noblame.jira.provision;

import java.util.List;

/**
 * What NoBlame needs in Jira, as data a reviewer can read. Custom fields are single-line text
 * (plus one date) on purpose: select lists need option management, which Data Center's REST API
 * does not offer, and text values read the same on both deployments.
 */
public final class Catalogue {
    public static final String POSTMORTEM_TYPE = "Postmortem";
    public static final String ACTION_TYPE = "Postmortem action";
    public static final String LINK_TYPE = "Postmortem action";
    public static final String LINK_OUTWARD = "has action";
    public static final String LINK_INWARD = "is action for";

    public static final String INCIDENT_ID = "Incident ID";
    public static final String SEVERITY = "Severity";
    public static final String SLA_DUE = "SLA due";
    public static final String SLA_STATE = "SLA state";
    public static final String ACTION_CLASS = "Action class";
    public static final String VERIFIED_EFFECTIVE = "Verified effective";

    private static final String TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    public record IssueTypeSpec(String name, String description) {
    }

    public record FieldSpec(String name, String description, String type, String searcherKey) {
    }

    public static final List<IssueTypeSpec> ISSUE_TYPES = List.of(
            new IssueTypeSpec(POSTMORTEM_TYPE, "A blameless postmortem tracked by NoBlame"),
            new IssueTypeSpec(ACTION_TYPE, "A SMART action item from a NoBlame postmortem, kept on SLA"));

    public static final List<FieldSpec> FIELDS = List.of(
            text(INCIDENT_ID, "NoBlame incident id (INC-n); NoBlame finds its issues by it"),
            text(SEVERITY, "Incident severity, SEV1 (worst) to SEV4"),
            new FieldSpec(SLA_DUE, "When the action is due under the NoBlame SLA policy", TYPES + "datepicker", TYPES + "daterange"),
            text(SLA_STATE, "on_track, due_soon, breached, met, met_late or waived; kept current by NoBlame"),
            text(ACTION_CLASS, "mitigate, prevent, detect or process"),
            text(VERIFIED_EFFECTIVE, "yes once someone confirmed the fix held; no when a repeat incident showed it did not"));

    private Catalogue() {
    }

    private static FieldSpec text(String name, String description) {
        return new FieldSpec(name, description, TYPES + "textfield", TYPES + "textsearcher");
    }
}
