package dev.noblame.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the postmortem document format (docs/postmortem-document.md). Every problem is a
 * {@link ValidationException} naming the field path or the line and column of malformed JSON.
 * Writing lives in {@link PostmortemJsonWriter}; both use the wire names of {@code Wire}.
 */
public final class PostmortemJson {
    private static final Set<String> TOP = Set.of("incident", "postmortem", "timeline", "actions", "links");
    private static final Set<String> INCIDENT = Set.of("id", "kind", "title", "severity", "service", "team", "environment",
            "vendor", "release", "startedAt", "detectedAt", "mitigatedAt", "resolvedAt", "status", "impact", "jiraKeys",
            "buildUrls", "confluencePageId", "dismissedReason");
    private static final Set<String> IMPACT = Set.of("dataLoss", "securityExposure", "postmortemRequested");
    private static final Set<String> POSTMORTEM = Set.of("status", "sections", "factors", "authors", "reviewers", "approvals",
            "notRequiredReason", "createdAt", "updatedAt");
    private static final Set<String> FACTOR = Set.of("category", "text", "tags");
    private static final Set<String> ENTRY = Set.of("at", "text", "source", "author");
    private static final Set<String> ACTION = Set.of("id", "title", "owner", "dueDate", "successCriterion", "class", "priority",
            "state", "factorKey", "wontDoReason", "createdAt", "completedAt", "verifiedAt");
    private static final Set<String> LINK = Set.of("title", "url");

    private PostmortemJson() {
    }

    public static PostmortemDocument read(String json) {
        JsonFields top = JsonFields.of(parse(json), "").onlyKeys(TOP);
        if (!top.has("incident")) {
            throw ValidationException.field("incident", "is required");
        }
        Incident incident = incident(top.object("incident"));
        Postmortem postmortem = top.has("postmortem")
                ? postmortem(top.object("postmortem"), incident)
                : Postmortem.start(incident.id(), incident.startedAt());
        List<TimelineEntry> timeline = new ArrayList<>();
        for (JsonFields.Item item : top.array("timeline")) {
            timeline.add(entry(item.fields(), incident.id()));
        }
        List<ActionItem> actions = new ArrayList<>();
        for (JsonFields.Item item : top.array("actions")) {
            actions.add(action(item.fields(), incident));
        }
        List<DocumentLink> links = new ArrayList<>();
        for (JsonFields.Item item : top.array("links")) {
            JsonFields f = item.fields().onlyKeys(LINK);
            links.add(at(item.path(), () -> new DocumentLink(f.string("title"), f.string("url"))));
        }
        return new PostmortemDocument(incident, postmortem, timeline, actions, links);
    }

    public static String write(PostmortemDocument document) {
        return PostmortemJsonWriter.write(document);
    }

    private static JsonElement parse(String json) {
        if (json == null || json.isBlank()) {
            throw ValidationException.field("json", "is empty");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw ValidationException.field("json", "has content after the document (" + reader.getPath() + ")");
            }
            return e;
        } catch (JsonParseException | java.io.IOException | IllegalStateException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw ValidationException.field("json", "is malformed: " + firstLine(why));
        }
    }

    private static Incident incident(JsonFields f) {
        f.onlyKeys(INCIDENT);
        IncidentId id = value(f.at("id"), () -> IncidentId.parse(f.requiredString("id")));
        Severity severity = Severity.parse(f.requiredString("severity"), f.at("severity"));
        Impact impact = Impact.NONE;
        if (f.has("impact")) {
            JsonFields i = f.object("impact").onlyKeys(IMPACT);
            impact = new Impact(i.bool("dataLoss"), i.bool("securityExposure"), i.bool("postmortemRequested"));
        }
        IncidentLinks links = new IncidentLinks(f.strings("jiraKeys"), f.strings("buildUrls"),
                Optional.ofNullable(f.string("confluencePageId")));
        Impact finalImpact = impact;
        return at(f.path(), () -> new Incident(id, f.enumValue(IncidentKind.class, "kind", IncidentKind.INCIDENT),
                f.string("title"), severity, f.string("service"), f.string("team"), f.string("environment"),
                f.string("vendor"), f.string("release"), f.requiredInstant("startedAt"), f.instant("detectedAt"),
                f.instant("mitigatedAt"), f.instant("resolvedAt"),
                f.enumValue(IncidentStatus.class, "status", IncidentStatus.RESOLVED),
                Reporter.anonymous(), finalImpact, links, f.string("dismissedReason")));
    }

    private static Postmortem postmortem(JsonFields f, Incident incident) {
        f.onlyKeys(POSTMORTEM);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        if (f.has("sections")) {
            JsonFields s = f.object("sections");
            for (String key : s.raw().keySet()) {
                Section section = dev.noblame.common.Wire.parse(Section.class, key, s.at(key));
                String text = s.string(key);
                if (text != null && text.length() > Postmortem.MAX_SECTION) {
                    throw ValidationException.field(s.at(key), "is longer than " + Postmortem.MAX_SECTION + " characters");
                }
                sections.put(section, text);
            }
        }
        List<ContributingFactor> factors = new ArrayList<>();
        for (JsonFields.Item item : f.array("factors")) {
            JsonFields c = item.fields().onlyKeys(FACTOR);
            FactorCategory category = c.enumValue(FactorCategory.class, "category", null);
            factors.add(at(item.path(), () -> new ContributingFactor(category, c.string("text"), new LinkedHashSet<>(c.strings("tags")))));
        }
        Instant created = f.instant("createdAt");
        return at(f.path(), () -> new Postmortem(incident.id(), f.enumValue(PostmortemStatus.class, "status", PostmortemStatus.DRAFT),
                sections, factors, new LinkedHashSet<>(f.strings("authors")), new LinkedHashSet<>(f.strings("reviewers")),
                new LinkedHashSet<>(f.strings("approvals")), f.string("notRequiredReason"),
                created == null ? incident.startedAt() : created, f.instant("updatedAt")));
    }

    private static TimelineEntry entry(JsonFields f, IncidentId incident) {
        f.onlyKeys(ENTRY);
        return at(f.path(), () -> new TimelineEntry(incident, f.requiredInstant("at"), f.string("text"), f.string("source"), f.string("author")));
    }

    private static ActionItem action(JsonFields f, Incident incident) {
        f.onlyKeys(ACTION);
        ActionId id = value(f.at("id"), () -> ActionId.parse(f.requiredString("id")));
        Instant created = f.instant("createdAt");
        return at(f.path(), () -> new ActionItem(id, incident.id(), f.string("title"), f.string("owner"), f.date("dueDate"),
                f.string("successCriterion"), f.enumValue(ActionClass.class, "class", null),
                f.enumValue(ActionPriority.class, "priority", ActionPriority.NORMAL),
                f.enumValue(ActionState.class, "state", ActionState.OPEN), f.string("factorKey"), f.string("wontDoReason"),
                created == null ? incident.startedAt() : created, f.instant("completedAt"), f.instant("verifiedAt")));
    }

    /** Runs a constructor of the object at {@code path}, putting the path in front of the fields its checks name. */
    private static <T> T at(String path, Supplier<T> make) {
        String prefix = path + ".";
        try {
            return make.get();
        } catch (ValidationException e) {
            Map<String, String> named = new LinkedHashMap<>();
            e.fields().forEach((k, v) -> named.put(k.startsWith(prefix) ? k : prefix + k, v));
            throw new ValidationException(named);
        }
    }

    /** Parses one value, naming exactly its field on failure. */
    private static <T> T value(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw ValidationException.field(field, String.join("; ", e.fields().values()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable JSON";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int see = line.indexOf("\nSee ");
        return see < 0 ? line : line.substring(0, see);
    }
}
