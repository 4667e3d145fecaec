package dev.noblame.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.noblame.action.ActionItem;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Postmortem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/** Writes the document format {@link PostmortemJson} reads; the reporter is never written. */
final class PostmortemJsonWriter {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private PostmortemJsonWriter() {
    }

    static String write(PostmortemDocument d) {
        return GSON.toJson(tree(d));
    }

    static JsonObject tree(PostmortemDocument d) {
        JsonObject root = new JsonObject();
        root.add("incident", incident(d.incident()));
        root.add("postmortem", postmortem(d.postmortem()));
        JsonArray timeline = new JsonArray();
        for (TimelineEntry e : d.timeline()) {
            JsonObject o = new JsonObject();
            put(o, "at", e.at());
            o.addProperty("text", e.text());
            o.addProperty("source", e.source());
            o.addProperty("author", e.author());
            timeline.add(o);
        }
        root.add("timeline", timeline);
        JsonArray actions = new JsonArray();
        d.actions().forEach(a -> actions.add(action(a)));
        root.add("actions", actions);
        JsonArray links = new JsonArray();
        for (DocumentLink l : d.links()) {
            JsonObject o = new JsonObject();
            o.addProperty("title", l.title());
            o.addProperty("url", l.url());
            links.add(o);
        }
        root.add("links", links);
        return root;
    }

    private static JsonObject incident(Incident i) {
        JsonObject o = new JsonObject();
        o.addProperty("id", i.id().toString());
        o.addProperty("kind", Wire.name(i.kind()));
        o.addProperty("title", i.title());
        o.addProperty("severity", Wire.name(i.severity()));
        o.addProperty("service", i.service());
        o.addProperty("team", i.team());
        o.addProperty("environment", i.environment());
        o.addProperty("vendor", i.vendor());
        o.addProperty("release", i.release());
        put(o, "startedAt", i.startedAt());
        put(o, "detectedAt", i.detectedAt());
        put(o, "mitigatedAt", i.mitigatedAt());
        put(o, "resolvedAt", i.resolvedAt());
        o.addProperty("status", Wire.name(i.status()));
        JsonObject impact = new JsonObject();
        impact.addProperty("dataLoss", i.impact().dataLoss());
        impact.addProperty("securityExposure", i.impact().securityExposure());
        impact.addProperty("postmortemRequested", i.impact().postmortemRequested());
        o.add("impact", impact);
        o.add("jiraKeys", strings(i.links().jiraKeys()));
        o.add("buildUrls", strings(i.links().buildUrls()));
        i.links().confluencePageId().ifPresent(id -> o.addProperty("confluencePageId", id));
        o.addProperty("dismissedReason", i.dismissedReason());
        return o;
    }

    private static JsonObject postmortem(Postmortem p) {
        JsonObject o = new JsonObject();
        o.addProperty("status", Wire.name(p.status()));
        JsonObject sections = new JsonObject();
        p.sections().forEach((s, text) -> sections.addProperty(Wire.name(s), text));
        o.add("sections", sections);
        JsonArray factors = new JsonArray();
        for (ContributingFactor f : p.factors()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("category", Wire.name(f.category()));
            fo.addProperty("text", f.text());
            fo.add("tags", strings(f.tags()));
            factors.add(fo);
        }
        o.add("factors", factors);
        o.add("authors", strings(p.authors()));
        o.add("reviewers", strings(p.reviewers()));
        o.add("approvals", strings(p.approvals()));
        o.addProperty("notRequiredReason", p.notRequiredReason());
        put(o, "createdAt", p.createdAt());
        put(o, "updatedAt", p.updatedAt());
        return o;
    }

    private static JsonObject action(ActionItem a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.id().toString());
        o.addProperty("title", a.title());
        o.addProperty("owner", a.owner());
        put(o, "dueDate", a.dueDate());
        o.addProperty("successCriterion", a.successCriterion());
        o.addProperty("class", Wire.name(a.actionClass()));
        o.addProperty("priority", Wire.name(a.priority()));
        o.addProperty("state", Wire.name(a.state()));
        o.addProperty("factorKey", a.factorKey());
        o.addProperty("wontDoReason", a.wontDoReason());
        put(o, "createdAt", a.createdAt());
        put(o, "completedAt", a.completedAt());
        put(o, "verifiedAt", a.verifiedAt());
        return o;
    }

    private static void put(JsonObject o, String key, Instant value) {
        if (value != null) {
            o.addProperty(key, value.toString());
        }
    }

    private static void put(JsonObject o, String key, LocalDate value) {
        if (value != null) {
            o.addProperty(key, value.toString());
        }
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
