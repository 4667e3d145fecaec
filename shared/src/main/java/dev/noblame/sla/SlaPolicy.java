package dev.noblame.sla;

import dev.noblame.action.ActionPriority;
import dev.noblame.common.Checks;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.PostmortemRequirement;
import dev.noblame.postmortem.PostmortemTriggers;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configurable rules of DESIGN §3: when a postmortem is required, how long drafts, reviews and
 * actions may take, when reminders and escalations go out, which calendar each service counts
 * business days in, and each service's tier, owner and deploy-gate limit.
 *
 * <p>Load with {@link #defaults()} (the bundled {@code default-policy.yaml}) or {@link #load(Path)};
 * a loaded file is laid over the defaults, so it only needs the keys it changes. A bad file fails
 * with a {@link PolicyException} naming the line and the key.
 *
 * @param reviewDue review windows by severity; severities not listed use {@code reviewDueDefault}
 * @param priorityDueByTier priority-action windows by service tier (1 is the most critical)
 * @param services per-service rules; the entry {@value #DEFAULT_SERVICE} applies to services not listed
 */
public record SlaPolicy(
        PostmortemTriggers postmortemTriggers,
        SlaWindow draftDue,
        Map<Severity, SlaWindow> reviewDue,
        SlaWindow reviewDueDefault,
        Map<Integer, SlaWindow> priorityDueByTier,
        SlaWindow normalDue,
        SlaWindow verifyEffectivenessAfter,
        SlaWindow reminderBefore,
        List<EscalationTarget> escalateTo,
        String defaultCalendar,
        Map<String, BusinessCalendar> calendars,
        Map<String, ServicePolicy> services) {

    public static final String DEFAULT_SERVICE = "default";
    static final String DEFAULT_RESOURCE = "default-policy.yaml";

    public SlaPolicy {
        Checks.start()
                .notNull(postmortemTriggers, "postmortem.required")
                .notNull(draftDue, "postmortem.draftDue")
                .notNull(reviewDueDefault, "postmortem.reviewDue.default")
                .notNull(normalDue, "actions.normalDue")
                .notNull(verifyEffectivenessAfter, "actions.verifyEffectivenessAfter")
                .notNull(reminderBefore, "reminders.before")
                .require(calendars != null && calendars.containsKey(defaultCalendar), "calendar",
                        "names no calendar of the policy (" + defaultCalendar + ")")
                .require(services != null && services.containsKey(DEFAULT_SERVICE), "services.default", "is required")
                .orThrow();
        reviewDue = java.util.Collections.unmodifiableMap(reviewDue == null || reviewDue.isEmpty()
                ? new EnumMap<>(Severity.class) : new EnumMap<>(reviewDue));
        priorityDueByTier = java.util.Collections.unmodifiableMap(new TreeMap<>(priorityDueByTier == null ? Map.of() : priorityDueByTier));
        escalateTo = List.copyOf(escalateTo == null ? List.of() : escalateTo);
        calendars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
        Checks checks = Checks.start();
        for (ServicePolicy s : services.values()) {
            checks.require(calendars.containsKey(s.calendar()), "services." + s.service() + ".calendar",
                    "names no calendar of the policy (" + s.calendar() + ")");
            checks.require(priorityDueByTier.containsKey(s.tier()), "services." + s.service() + ".tier",
                    "has no window in actions.priorityDue (tier" + s.tier() + ")");
        }
        checks.orThrow();
    }

    private static final class Defaults {
        static final SlaPolicy POLICY = PolicyReader.readDefaults();
    }

    /** The bundled policy with the defaults of DESIGN §3. */
    public static SlaPolicy defaults() {
        return Defaults.POLICY;
    }

    /** Reads a policy file and lays it over the defaults. */
    public static SlaPolicy load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads policy YAML from {@code reader}; {@code sourceName} is what error messages call it. */
    public static SlaPolicy load(Reader reader, String sourceName) {
        return PolicyReader.readOverDefaults(reader, sourceName);
    }

    public static SlaPolicy parse(String yaml) {
        return load(new StringReader(yaml), "policy");
    }

    /** The rules of {@code service}: its own entry, or the default entry under its name. */
    public ServicePolicy service(String service) {
        ServicePolicy own = service == null ? null : services.get(service);
        if (own != null) {
            return own;
        }
        ServicePolicy d = services.get(DEFAULT_SERVICE);
        return new ServicePolicy(service == null || service.isBlank() ? DEFAULT_SERVICE : service,
                d.tier(), d.calendar(), d.owner(), d.maxBreachedPriorityActions());
    }

    public BusinessCalendar calendarOf(String service) {
        return calendars.get(service(service).calendar());
    }

    public BusinessCalendar defaultCalendarValue() {
        return calendars.get(defaultCalendar);
    }

    /** How long an action of this priority may take in this service (priority: by tier; normal: {@code normalDue}). */
    public SlaWindow actionWindow(ActionPriority priority, String service) {
        return priority == ActionPriority.PRIORITY ? priorityDueByTier.get(service(service).tier()) : normalDue;
    }

    public SlaWindow reviewWindow(Severity severity) {
        return reviewDue.getOrDefault(severity, reviewDueDefault);
    }

    /** The deploy gate blocks {@code service} when more of its priority actions than this are breached. */
    public int breachedPriorityActionLimit(String service) {
        return service(service).maxBreachedPriorityActions();
    }

    public PostmortemRequirement postmortemRequirement() {
        return new PostmortemRequirement(postmortemTriggers);
    }
}
