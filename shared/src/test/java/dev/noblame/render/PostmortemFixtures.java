package dev.noblame.render;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Documents for tests that state what they are about; shared with the adapters' tests through the test-jar. */
public final class PostmortemFixtures {
    public static final Instant START = Instant.parse("2026-03-01T14:00:00Z");

    private PostmortemFixtures() {
    }

    /** A resolved SEV2 on checkout with two factors, a timeline and two actions. */
    public static PostmortemDocument checkoutOutage() {
        return withText(42, "Checkout returned 502 after a config rollout",
                "A pool setting was too small.\n\n- 12% of requests failed\n- no data lost");
    }

    /** The same shape, with the given title and summary (for escaping and redaction tests). */
    public static PostmortemDocument withText(long number, String title, String summary) {
        return document(number, title, summary, "checkout", "payments", "Pool sized for staging", "Add a load test", "payments team");
    }

    /** Every free-text field filled from the arguments, so a property can reach all of them. */
    public static PostmortemDocument document(long number, String title, String text, String service, String team,
                                              String factor, String actionTitle, String owner) {
        IncidentId id = IncidentId.of(number);
        Incident incident = new Incident(id, IncidentKind.INCIDENT, title, Severity.SEV2, service, team, "production",
                text, text, START, START.plusSeconds(420), START.plusSeconds(1860), START.plusSeconds(2280),
                IncidentStatus.RESOLVED, Reporter.named("reporter-who-must-not-leak"), Impact.NONE,
                new IncidentLinks(List.of("PAY-101"), List.of(), java.util.Optional.empty()), null);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, text);
        }
        Postmortem pm = new Postmortem(id, PostmortemStatus.APPROVED, sections,
                List.of(ContributingFactor.of(FactorCategory.TECHNOLOGY, factor, "release"),
                        ContributingFactor.of(FactorCategory.PROCESS, "Canary too short " + text, "normalised-deviance")),
                Set.of(owner), Set.of("reviewer"), Set.of("reviewer"), null, START, START.plusSeconds(86400));
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(id, START.plusSeconds(420), "Probe paged on-call " + text, "alerting", null),
                new TimelineEntry(id, START, "Release reached production", "jenkins", null));
        List<ActionItem> actions = List.of(
                ActionItem.open(ActionId.of(1), id, actionTitle, owner, LocalDate.parse("2026-03-29"), "Pool size derived " + text,
                        ActionClass.PREVENT, ActionPriority.PRIORITY, START),
                ActionItem.open(ActionId.of(2), id, "Longer canaries", "release engineering", LocalDate.parse("2026-05-30"), null,
                        ActionClass.DETECT, ActionPriority.NORMAL, START));
        return new PostmortemDocument(incident, pm, timeline, actions, List.of(new DocumentLink("Dashboard " + text, "https://grafana.example.com/d/1")));
    }
}
