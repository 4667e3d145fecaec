package dev.noblame.jira.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.jira.JiraSettings;
import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.client.JiraIssue;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.jira.sla.IssueSla;
import dev.noblame.jira.sla.SlaRules;
import dev.noblame.jira.text.Doc;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.IssueTracker;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Jira side of {@link IssueTracker}. Each issue carries the label {@code noblame-<subject>};
 * an issue is looked up by stored key, then by that label, and only created when neither finds
 * it, so a replay after a crash between "created in Jira" and "marked delivered" updates the
 * issue it made the first time. Free text passes the redactor before it leaves NoBlame.
 */
public final class JiraIssueTracker implements IssueTracker {
    static final List<String> READ_FIELDS = List.of("labels", "issuelinks", "status", "resolution", "updated", "duedate");

    private final JiraClient client;
    private final JiraSettings settings;
    private final JiraFields fields;
    private final IssueKeys keys;
    private final SlaRules sla;
    private final Clock clock;
    private final UnaryOperator<String> redact;

    public JiraIssueTracker(JiraClient client, JiraSettings settings, JiraFields fields, IssueKeys keys, SlaRules sla,
                            Clock clock, UnaryOperator<String> redact) {
        this.client = client;
        this.settings = settings;
        this.fields = fields;
        this.keys = keys;
        this.sla = sla;
        this.clock = clock;
        this.redact = redact;
    }

    public static String label(String subject) {
        return "noblame-" + subject;
    }

    @Override
    public String trackPostmortem(Incident incident, Postmortem postmortem) {
        String subject = incident.id().toString();
        JsonObject f = new JsonObject();
        f.addProperty("summary", clip("Postmortem " + subject + ": " + redact.apply(incident.title())));
        f.add("description", client.richText(Doc.builder()
                .paragraph(Doc.text("Blameless postmortem of " + subject + " (" + incident.severity() + ", service "
                        + redact.apply(incident.service()) + "). Status: " + Wire.name(postmortem.status()) + "."))
                .paragraph(Doc.link("Open the postmortem in NoBlame", settings.incidentPage(subject)))
                .build()));
        f.addProperty(fields.incidentId(), subject);
        f.addProperty(fields.id(Catalogue.SEVERITY), incident.severity().name());
        Found found = upsert(subject, Catalogue.POSTMORTEM_TYPE, f, "noblame-postmortem");
        client.upsertRemoteLink(found.key(), "noblame:" + subject, settings.incidentPage(subject),
                "NoBlame " + subject, "postmortem in NoBlame");
        Optional<URI> page = settings.confluencePage(incident.links().confluencePageId());
        if (page.isPresent()) {
            client.upsertRemoteLink(found.key(), "noblame:" + subject + ":confluence", page.get(),
                    "Postmortem " + subject + " (Confluence)", "published postmortem");
        }
        keys.put(subject, found.key());
        return found.key();
    }

    @Override
    public String trackAction(Incident incident, Postmortem postmortem, ActionItem action) {
        String parent = keys.find(incident.id().toString())
                .or(() -> findByLabel(incident.id().toString()).map(JiraIssue::key))
                .orElseGet(() -> trackPostmortem(incident, postmortem));
        String subject = action.id().toString();
        IssueSla s = sla.evaluate(action, incident, clock.instant());
        Found found = upsert(subject, Catalogue.ACTION_TYPE, actionFields(incident, action, s), "noblame-action");
        if (found.needsLink(parent)) {
            client.link(Catalogue.LINK_TYPE, parent, found.key());
        }
        URI page = URI.create(settings.incidentPage(incident.id().toString()) + "#" + subject);
        client.upsertRemoteLink(found.key(), "noblame:" + incident.id() + ":" + subject, page,
                "NoBlame " + incident.id() + " / " + subject, "action in NoBlame");
        keys.put(subject, found.key());
        return found.key();
    }

    /** Fields of an action issue that NoBlame owns; labels and status stay with Jira and the SLA job. */
    JsonObject actionFields(Incident incident, ActionItem action, IssueSla s) {
        JsonObject f = new JsonObject();
        f.addProperty("summary", clip(redact.apply(action.title())));
        Doc.Builder d = Doc.builder().paragraph(Doc.text("Action " + action.id() + " from the postmortem of " + incident.id()
                + " (" + incident.severity() + ")."));
        if (action.successCriterion() != null) {
            d.paragraph(Doc.strong("Done when: "), Doc.text(redact.apply(action.successCriterion())));
        }
        d.paragraph(Doc.text("Class: " + Wire.name(action.actionClass()) + " · priority: " + Wire.name(action.priority())
                + (action.owner() == null ? "" : " · owner: " + redact.apply(action.owner()))));
        d.paragraph(Doc.link("Open in NoBlame", settings.incidentPage(incident.id().toString())));
        f.add("description", client.richText(d.build()));
        f.addProperty("duedate", s.due().toString());
        f.addProperty(fields.incidentId(), incident.id().toString());
        f.addProperty(fields.id(Catalogue.SEVERITY), incident.severity().name());
        f.addProperty(fields.id(Catalogue.SLA_DUE), s.due().toString());
        f.addProperty(fields.id(Catalogue.SLA_STATE), Wire.name(s.state()));
        f.addProperty(fields.id(Catalogue.ACTION_CLASS), Wire.name(action.actionClass()));
        if (action.state() == ActionState.DONE) {
            f.addProperty(fields.id(Catalogue.VERIFIED_EFFECTIVE), "pending");
        } else if (action.state() == ActionState.VERIFIED_EFFECTIVE) {
            f.addProperty(fields.id(Catalogue.VERIFIED_EFFECTIVE), "yes");
        }
        return f;
    }

    /** The issue of a subject by its exact label, if Jira has one. */
    public Optional<JiraIssue> findByLabel(String subject) {
        String label = label(subject);
        List<JiraIssue> hits = new java.util.ArrayList<>();
        client.search("project = \"" + settings.project() + "\" AND labels = \"" + label + "\" ORDER BY created ASC",
                READ_FIELDS, hits::add);
        // label search is case-insensitive on some sites: keep only the exact label; the oldest wins
        return hits.stream().filter(i -> i.labels().contains(label)).findFirst();
    }

    /**
     * {@code searched}: the issue as the label search returned it. A stored key means the earlier
     * run got past linking (the key is stored last), so only a new or re-found issue may lack its link.
     */
    private record Found(String key, boolean created, Optional<JiraIssue> searched) {
        boolean needsLink(String parent) {
            return created || searched.map(i -> !i.linkedKeys(Catalogue.LINK_TYPE).contains(parent)).orElse(false);
        }
    }

    private Found upsert(String subject, String issueType, JsonObject f, String kindLabel) {
        Optional<String> stored = keys.find(subject);
        Optional<JiraIssue> existing = stored.isPresent() ? Optional.empty() : findByLabel(subject);
        String key = stored.orElse(existing.map(JiraIssue::key).orElse(null));
        if (key != null) {
            client.updateIssue(key, f);
            return new Found(key, false, existing);
        }
        JsonObject create = f.deepCopy();
        JsonObject project = new JsonObject();
        project.addProperty("key", settings.project());
        create.add("project", project);
        JsonObject type = new JsonObject();
        type.addProperty("name", issueType);
        create.add("issuetype", type);
        JsonArray labels = new JsonArray();
        labels.add("noblame");
        labels.add(kindLabel);
        labels.add(label(subject));
        create.add("labels", labels);
        return new Found(client.createIssue(create).key(), true, Optional.empty());
    }

    private static String clip(String summary) {
        String one = summary.replaceAll("[\\r\\n]+", " ");
        return one.length() <= 255 ? one : one.substring(0, 254) + "…";
    }
}
