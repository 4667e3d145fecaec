package dev.noblame.sla;

import dev.noblame.common.Wire;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.PostmortemTriggers;
import dev.noblame.postmortem.Requirement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Turns a policy node tree into a {@link SlaPolicy}; every key is checked against what it may be. */
final class PolicyReader {
    private static final Set<String> ROOT = keys("postmortem", "actions", "reminders", "escalation", "calendar", "calendars", "services");
    private static final Set<String> POSTMORTEM = keys("required", "nearMiss", "draftDue", "reviewDue");
    private static final Set<String> REQUIRED = keys("severities", "dataLoss", "securityExposure", "onRequest");
    private static final Set<String> ACTIONS = keys("priorityDue", "normalDue", "verifyEffectivenessAfter");
    private static final Set<String> REMINDERS = keys("before");
    private static final Set<String> ESCALATION = keys("to");
    private static final Set<String> CALENDAR = keys("zone", "weekend", "holidays");
    private static final Set<String> SERVICE = keys("tier", "calendar", "owner", "maxBreachedPriorityActions");
    private static final Pattern TIER = Pattern.compile("(?:tier)?\\s*(\\d{1,3})", Pattern.CASE_INSENSITIVE);

    private final PolicyYaml yaml;

    private PolicyReader(PolicyYaml yaml) {
        this.yaml = yaml;
    }

    static SlaPolicy readDefaults() {
        PolicyYaml y = new PolicyYaml(PolicyYaml.DEFAULTS_SOURCE);
        return new PolicyReader(y).read(composeDefaults());
    }

    static SlaPolicy readOverDefaults(Reader reader, String source) {
        PolicyYaml y = new PolicyYaml(source);
        Node user = PolicyYaml.compose(reader, source);
        y.markUser(user);
        return new PolicyReader(y).read(y.merge(composeDefaults(), user));
    }

    private static Node composeDefaults() {
        InputStream in = SlaPolicy.class.getResourceAsStream(SlaPolicy.DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled " + SlaPolicy.DEFAULT_RESOURCE + " is missing from the classpath");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return PolicyYaml.compose(r, PolicyYaml.DEFAULTS_SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SlaPolicy read(Node root) {
        Map<String, Node> top = yaml.entries(root, "", ROOT);
        Map<String, Node> pm = yaml.entries(yaml.required(top, "postmortem", "postmortem", root), "postmortem", POSTMORTEM);
        Node pmNode = top.get("postmortem");
        Map<String, Node> actions = yaml.entries(yaml.required(top, "actions", "actions", root), "actions", ACTIONS);
        Node actionsNode = top.get("actions");

        PostmortemTriggers triggers = triggers(pm, pmNode);
        SlaWindow draftDue = yaml.window(yaml.required(pm, "draftDue", "postmortem.draftDue", pmNode), "postmortem.draftDue");
        Map<Severity, SlaWindow> review = new EnumMap<>(Severity.class);
        SlaWindow reviewDefault = null;
        Node reviewNode = yaml.required(pm, "reviewDue", "postmortem.reviewDue", pmNode);
        for (Map.Entry<String, Node> e : yaml.entries(reviewNode, "postmortem.reviewDue", null).entrySet()) {
            String key = "postmortem.reviewDue." + e.getKey();
            if (e.getKey().equals("default")) {
                reviewDefault = yaml.window(e.getValue(), key);
            } else {
                review.put(yaml.convert(e.getValue(), key, t -> Severity.parse(e.getKey(), key)), yaml.window(e.getValue(), key));
            }
        }
        if (reviewDefault == null) {
            throw yaml.error(reviewNode, "postmortem.reviewDue.default", "is required");
        }

        Map<Integer, SlaWindow> byTier = new HashMap<>();
        for (Map.Entry<String, Node> e : yaml.entries(yaml.required(actions, "priorityDue", "actions.priorityDue", actionsNode),
                "actions.priorityDue", null).entrySet()) {
            String key = "actions.priorityDue." + e.getKey();
            Matcher m = TIER.matcher(e.getKey().strip());
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                throw yaml.error(e.getValue(), key, "must be named tier1, tier2, ... (got '" + e.getKey() + "')");
            }
            byTier.put(Integer.parseInt(m.group(1)), yaml.window(e.getValue(), key));
        }
        SlaWindow normal = yaml.window(yaml.required(actions, "normalDue", "actions.normalDue", actionsNode), "actions.normalDue");
        SlaWindow verify = yaml.window(yaml.required(actions, "verifyEffectivenessAfter", "actions.verifyEffectivenessAfter", actionsNode),
                "actions.verifyEffectivenessAfter");

        Node remNode = yaml.required(top, "reminders", "reminders", root);
        SlaWindow before = yaml.window(yaml.required(yaml.entries(remNode, "reminders", REMINDERS), "before", "reminders.before", remNode),
                "reminders.before");
        Node escNode = yaml.required(top, "escalation", "escalation", root);
        List<EscalationTarget> escalateTo = new ArrayList<>();
        for (Node n : yaml.sequence(yaml.required(yaml.entries(escNode, "escalation", ESCALATION), "to", "escalation.to", escNode), "escalation.to")) {
            escalateTo.add(yaml.convert(n, "escalation.to", t -> Wire.parse(EscalationTarget.class, t, "escalation.to")));
        }

        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : yaml.entries(yaml.required(top, "calendars", "calendars", root), "calendars", null).entrySet()) {
            calendars.put(e.getKey(), calendar(e.getKey(), e.getValue()));
        }
        Node calNode = yaml.required(top, "calendar", "calendar", root);
        String defaultCalendar = yaml.scalar(calNode, "calendar");
        if (!calendars.containsKey(defaultCalendar)) {
            throw yaml.error(calNode, "calendar", "names no calendar under calendars (got '" + defaultCalendar + "'; have " + calendars.keySet() + ")");
        }
        Map<String, ServicePolicy> services = services(top, root, defaultCalendar, calendars, byTier);
        return new SlaPolicy(triggers, draftDue, review, reviewDefault, byTier, normal, verify, before, escalateTo,
                defaultCalendar, calendars, services);
    }

    private PostmortemTriggers triggers(Map<String, Node> pm, Node pmNode) {
        Node reqNode = yaml.required(pm, "required", "postmortem.required", pmNode);
        Map<String, Node> req = yaml.entries(reqNode, "postmortem.required", REQUIRED);
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (Node n : yaml.sequence(yaml.required(req, "severities", "postmortem.required.severities", reqNode), "postmortem.required.severities")) {
            severities.add(yaml.convert(n, "postmortem.required.severities", t -> Severity.parse(t, "postmortem.required.severities")));
        }
        Requirement nearMiss = yaml.convert(yaml.required(pm, "nearMiss", "postmortem.nearMiss", pmNode), "postmortem.nearMiss",
                t -> Wire.parse(Requirement.class, t, "postmortem.nearMiss"));
        return new PostmortemTriggers(severities,
                yaml.bool(yaml.required(req, "dataLoss", "postmortem.required.dataLoss", reqNode), "postmortem.required.dataLoss"),
                yaml.bool(yaml.required(req, "securityExposure", "postmortem.required.securityExposure", reqNode), "postmortem.required.securityExposure"),
                yaml.bool(yaml.required(req, "onRequest", "postmortem.required.onRequest", reqNode), "postmortem.required.onRequest"),
                nearMiss);
    }

    private BusinessCalendar calendar(String name, Node node) {
        String key = "calendars." + name;
        Map<String, Node> c = yaml.entries(node, key, CALENDAR);
        ZoneId zone = yaml.convert(yaml.required(c, "zone", key + ".zone", node), key + ".zone", ZoneId::of);
        // Saturday and Sunday unless the calendar says otherwise ("weekend: []" for none).
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        if (c.containsKey("weekend")) {
            weekend.clear();
            for (Node n : yaml.sequence(c.get("weekend"), key + ".weekend")) {
                weekend.add(yaml.convert(n, key + ".weekend", t -> Wire.parse(DayOfWeek.class, t, key + ".weekend")));
            }
            if (weekend.size() == 7) {
                throw yaml.error(c.get("weekend"), key + ".weekend", "leaves no working day in the week");
            }
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        Set<HolidaySet> sets = EnumSet.noneOf(HolidaySet.class);
        if (c.containsKey("holidays")) {
            for (Node n : yaml.sequence(c.get("holidays"), key + ".holidays")) {
                String text = yaml.scalar(n, key + ".holidays");
                HolidaySet set = HolidaySet.fromWire(text);
                if (set != null) {
                    sets.add(set);
                    continue;
                }
                try {
                    dates.add(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    throw yaml.error(n, key + ".holidays", "must be a date like 2026-12-25 or one of the named sets "
                            + HolidaySet.US_FEDERAL.wireName() + " (got '" + text + "')");
                }
            }
        }
        return BusinessCalendar.of(name, zone, weekend, dates, sets);
    }

    private Map<String, ServicePolicy> services(Map<String, Node> top, Node root, String defaultCalendar,
                                                Map<String, BusinessCalendar> calendars, Map<Integer, SlaWindow> byTier) {
        Node servicesNode = yaml.required(top, "services", "services", root);
        Map<String, Node> entries = yaml.entries(servicesNode, "services", null);
        Node defNode = yaml.required(entries, SlaPolicy.DEFAULT_SERVICE, "services.default", servicesNode);
        ServicePolicy def = service(SlaPolicy.DEFAULT_SERVICE, defNode, null, defaultCalendar, calendars, byTier);
        Map<String, ServicePolicy> out = new LinkedHashMap<>();
        out.put(SlaPolicy.DEFAULT_SERVICE, def);
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            if (!e.getKey().equals(SlaPolicy.DEFAULT_SERVICE)) {
                out.put(e.getKey(), service(e.getKey(), e.getValue(), def, defaultCalendar, calendars, byTier));
            }
        }
        return out;
    }

    /** One service entry; keys it leaves out come from {@code fallback} (the default entry). */
    private ServicePolicy service(String name, Node node, ServicePolicy fallback, String defaultCalendar,
                                  Map<String, BusinessCalendar> calendars, Map<Integer, SlaWindow> byTier) {
        String key = "services." + name;
        Map<String, Node> s = yaml.entries(node, key, SERVICE);
        int tier = s.containsKey("tier") ? yaml.integer(s.get("tier"), key + ".tier", 1)
                : fallback != null ? fallback.tier() : yaml.integer(yaml.required(s, "tier", key + ".tier", node), key + ".tier", 1);
        if (!byTier.containsKey(tier)) {
            throw yaml.error(s.getOrDefault("tier", node), key + ".tier",
                    "tier " + tier + " has no window under actions.priorityDue (have " + byTier.keySet() + ")");
        }
        String calendar = s.containsKey("calendar") ? yaml.scalar(s.get("calendar"), key + ".calendar")
                : fallback != null ? fallback.calendar() : defaultCalendar;
        if (!calendars.containsKey(calendar)) {
            throw yaml.error(s.get("calendar"), key + ".calendar", "names no calendar under calendars (got '" + calendar
                    + "'; have " + calendars.keySet() + ")");
        }
        String owner = s.containsKey("owner") ? yaml.scalar(s.get("owner"), key + ".owner") : fallback != null ? fallback.owner() : null;
        int limit = s.containsKey("maxBreachedPriorityActions")
                ? yaml.integer(s.get("maxBreachedPriorityActions"), key + ".maxBreachedPriorityActions", 0)
                : fallback != null ? fallback.maxBreachedPriorityActions() : 0;
        return new ServicePolicy(name, tier, calendar, owner, limit);
    }

    private static Set<String> keys(String... k) {
        return new LinkedHashSet<>(List.of(k));
    }
}
