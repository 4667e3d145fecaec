package dev.noblame.jira.provision;

import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.provision.Catalogue.FieldSpec;
import dev.noblame.jira.provision.Catalogue.IssueTypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes Jira hold what {@link Catalogue} lists, idempotently: {@link #plan} only reads; {@link
 * #apply} writes the CREATE steps of a fresh plan, so a second run finds everything present and
 * writes nothing. Ids learnt from reads and from create responses feed the context steps, so
 * contexts for a field created in the same run need no re-read.
 */
public final class Provisioner {
    private final JiraClient client;
    private final Map<String, String> typeIds = new HashMap<>();
    private final Map<String, String> fieldIds = new HashMap<>();

    public Provisioner(JiraClient client) {
        this.client = client;
    }

    public Plan plan(String projectKey) {
        JiraClient.Project project = client.project(projectKey);
        List<Step> steps = new ArrayList<>();
        issueTypes(project, steps);
        linkType(steps);
        fields(steps);
        contexts(project, steps);
        return new Plan(projectKey, steps);
    }

    /** Plans afresh and writes what is missing; returns the plan it carried out. */
    public Plan apply(String projectKey) {
        Plan plan = plan(projectKey);
        for (Step step : plan.of(Step.Kind.CREATE)) {
            step.apply().run();
        }
        return plan;
    }

    private void issueTypes(JiraClient.Project project, List<Step> steps) {
        client.issueTypes().forEach(t -> typeIds.putIfAbsent(t.name(), t.id()));
        for (IssueTypeSpec spec : Catalogue.ISSUE_TYPES) {
            String what = "issue type \"" + spec.name() + "\"";
            if (project.teamManaged()) {
                // team-managed projects own their issue types; global ones cannot be added by REST
                steps.add(project.issueTypeNames().contains(spec.name()) ? Step.present(what + " in " + project.key())
                        : Step.manual(what, "project " + project.key() + " is team-managed: in Project settings → Issue types, "
                                + "add an issue type named exactly \"" + spec.name() + "\""));
                continue;
            }
            if (typeIds.containsKey(spec.name())) {
                steps.add(Step.present(what));
            } else {
                steps.add(Step.create(what, () -> typeIds.put(spec.name(), client.createIssueType(spec.name(), spec.description()).id())));
            }
            if (!project.issueTypeNames().contains(spec.name())) {
                steps.add(Step.manual(what + " in project " + project.key(),
                        "add it to the issue type scheme of project " + project.key()
                                + " (Jira administration → Issues → Issue type schemes → Edit), so issues of this type can be created there"));
            }
        }
    }

    private void linkType(List<Step> steps) {
        String what = "issue link type \"" + Catalogue.LINK_TYPE + "\" (" + Catalogue.LINK_OUTWARD + " / " + Catalogue.LINK_INWARD + ")";
        boolean present = client.linkTypes().stream().anyMatch(l -> l.name().equals(Catalogue.LINK_TYPE));
        steps.add(present ? Step.present(what)
                : Step.create(what, () -> client.createLinkType(Catalogue.LINK_TYPE, Catalogue.LINK_INWARD, Catalogue.LINK_OUTWARD)));
    }

    private void fields(List<Step> steps) {
        for (JiraClient.Field f : client.fields()) {
            if (f.type() != null) {
                fieldIds.putIfAbsent(f.name(), f.id());
            }
        }
        for (FieldSpec spec : Catalogue.FIELDS) {
            String what = "custom field \"" + spec.name() + "\"";
            steps.add(fieldIds.containsKey(spec.name()) ? Step.present(what)
                    : Step.create(what, () -> fieldIds.put(spec.name(),
                            client.createField(spec.name(), spec.description(), spec.type(), spec.searcherKey()).id())));
        }
    }

    private void contexts(JiraClient.Project project, List<Step> steps) {
        String contextName = "NoBlame " + project.key();
        if (!client.cloud()) {
            steps.add(Step.manual("field contexts", "Data Center has no REST API for custom field contexts: the fields apply to all "
                    + "projects and issue types; to narrow them, in Administration → Issues → Custom fields → Configure, set each NoBlame "
                    + "field's context to project " + project.key() + " and the two NoBlame issue types"));
            return;
        }
        if (project.teamManaged()) {
            steps.add(Step.manual("custom fields in " + project.key(), "team-managed projects cannot use global custom fields: "
                    + "in Project settings → Issue types, add single-line text fields with the names above (and a date field "
                    + "\"" + Catalogue.SLA_DUE + "\") to both NoBlame issue types, or move the project to company-managed"));
            return;
        }
        for (FieldSpec spec : Catalogue.FIELDS) {
            String what = "context \"" + contextName + "\" of field \"" + spec.name() + "\"";
            String id = fieldIds.get(spec.name());
            if (id != null && client.fieldContextNames(id).contains(contextName)) {
                steps.add(Step.present(what));
                continue;
            }
            steps.add(Step.create(what, () -> client.createFieldContext(fieldIds.get(spec.name()), contextName,
                    List.of(project.id()), Catalogue.ISSUE_TYPES.stream().map(t -> typeIds.get(t.name())).toList())));
        }
    }
}
