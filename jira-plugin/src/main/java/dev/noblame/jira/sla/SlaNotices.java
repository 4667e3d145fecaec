package dev.noblame.jira.sla;

import dev.noblame.jira.JiraSettings;
import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.client.JiraIssue;
import dev.noblame.jira.provision.Catalogue;
import dev.noblame.jira.sync.JiraFields;
import dev.noblame.jira.text.Doc;
import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an SLA notice to the action's issue: a comment, the kind's label and, on breach, the
 * escalation. The label goes on after the comment, so a crash in between repeats the comment
 * rather than losing it; a notice whose label is already there writes nothing.
 */
public final class SlaNotices {
    private final JiraClient client;
    private final JiraSettings settings;
    private final JiraFields fields;
    private final Function<String, Optional<JiraIssue>> findIssue;

    public SlaNotices(JiraClient client, JiraSettings settings, JiraFields fields, Function<String, Optional<JiraIssue>> findIssue) {
        this.client = client;
        this.settings = settings;
        this.fields = fields;
        this.findIssue = findIssue;
    }

    /** Returns what was done, or why nothing was. */
    public String deliver(Notice notice) {
        Optional<JiraIssue> issue = findIssue.apply(notice.action().toString());
        if (issue.isEmpty()) {
            throw new IllegalStateException("no Jira issue for " + notice.action() + " yet; it is created by its upsert first");
        }
        String key = issue.get().key();
        if (issue.get().labels().contains(notice.kind().label())) {
            return key + " already has " + notice.kind().label();
        }
        client.comment(key, text(notice));
        if (notice.kind() == Notice.Kind.NOT_EFFECTIVE) {
            JsonObject f = new JsonObject();
            f.addProperty(fields.id(Catalogue.VERIFIED_EFFECTIVE), "no");
            client.updateIssue(key, f);
        }
        Optional<String> contact = settings.escalationContact(notice.service());
        if (notice.kind() == Notice.Kind.BREACH && contact.isPresent()) {
            String who = contact.get();
            if (settings.escalation() == JiraSettings.EscalationMode.ASSIGNEE) {
                client.assign(key, who);
            } else {
                client.addWatcher(key, who);
            }
        }
        client.addLabel(key, notice.kind().label());
        return key + ": " + notice.kind().label();
    }

    private Doc text(Notice n) {
        return switch (n.kind()) {
            case REMIND -> Doc.builder().paragraph(Doc.strong("Reminder: "),
                    Doc.text("this postmortem action is due on " + n.detail() + ". If the date no longer fits, agree a new one "
                            + "and change the due date here.")).build();
            case BREACH -> Doc.builder().paragraph(Doc.strong("SLA breached: "),
                    Doc.text("this action was due on " + n.detail() + " and is not done. It has been escalated"
                            + settings.escalationContact(n.service()).map(c -> " (" + (settings.escalation() == JiraSettings.EscalationMode.ASSIGNEE
                                    ? "assigned" : "watcher added") + ")").orElse(" to the project's attention")
                            + "; the aim is to unblock it, not to find fault.")).build();
            case VERIFY -> Doc.builder().paragraph(Doc.strong("Did it work? "),
                    Doc.text("This action was completed on " + n.detail() + ". Please check whether it had the intended effect and set "
                            + "\"" + Catalogue.VERIFIED_EFFECTIVE + "\" to yes, or reopen the issue if it did not.")).build();
            case NOT_EFFECTIVE -> Doc.builder().paragraph(Doc.strong("Not effective: "),
                    Doc.text("incident " + n.detail() + " happened later on the same contributing factor. "
                            + "Please review whether this action needs more work and reopen it if so.")).build();
        };
    }
}
