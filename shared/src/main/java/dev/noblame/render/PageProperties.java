package dev.noblame.render;

import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.postmortem.ContributingFactor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed key/value facts at the top of every rendered postmortem. In Confluence they are the
 * page-properties ({@code details}) block that {@code postmortem-index} rolls up, so the keys are
 * a contract: renaming one breaks existing index pages.
 */
public final class PageProperties {
    public static final String INCIDENT = "Incident";
    public static final String SEVERITY = "Severity";
    public static final String STATUS = "Status";
    public static final String SERVICE = "Service";
    public static final String TEAM = "Team";
    public static final String RELEASE = "Release";
    public static final String VENDOR = "Vendor";
    public static final String DETECTED = "Detected";
    public static final String RESOLVED = "Resolved";
    public static final String TTD = "TTD minutes";
    public static final String TTR = "TTR minutes";
    public static final String CATEGORY = "Contributing-factor category";
    public static final String OWNER = "Owner";

    /** In page order. */
    public static final List<String> KEYS = List.of(INCIDENT, SEVERITY, STATUS, SERVICE, TEAM, RELEASE, VENDOR,
            DETECTED, RESOLVED, TTD, TTR, CATEGORY, OWNER);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PageProperties() {
    }

    public record Property(String key, String value) {
    }

    public static List<Property> of(PostmortemDocument d) {
        Incident i = d.incident();
        List<Property> out = new ArrayList<>(KEYS.size());
        out.add(new Property(INCIDENT, i.id().toString()));
        out.add(new Property(SEVERITY, i.severity().name()));
        out.add(new Property(STATUS, Wire.name(d.postmortem().status())));
        out.add(new Property(SERVICE, i.service()));
        out.add(new Property(TEAM, orEmpty(i.team())));
        out.add(new Property(RELEASE, orEmpty(i.release())));
        out.add(new Property(VENDOR, orEmpty(i.vendor())));
        out.add(new Property(DETECTED, when(i.detectedAt())));
        out.add(new Property(RESOLVED, when(i.resolvedAt())));
        out.add(new Property(TTD, minutes(i.timeToDetect())));
        out.add(new Property(TTR, minutes(i.timeToResolve())));
        out.add(new Property(CATEGORY, String.join(", ", categories(d))));
        out.add(new Property(OWNER, owner(d)));
        return out;
    }

    /** The postmortem's owner is its first author; empty while nobody has written it. */
    public static String owner(PostmortemDocument d) {
        return d.postmortem().authors().stream().findFirst().orElse("");
    }

    public static Set<String> categories(PostmortemDocument d) {
        Set<String> out = new LinkedHashSet<>();
        for (ContributingFactor f : d.postmortem().factors()) {
            out.add(Wire.name(f.category()));
        }
        return out;
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static String minutes(Optional<Duration> d) {
        return d.map(x -> Long.toString(x.toMinutes())).orElse("");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
