package dev.noblame.server.web.admin;

import dev.noblame.common.Wire;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.PostmortemTriggers;
import dev.noblame.sla.ServicePolicy;
import dev.noblame.sla.SlaPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The SLA policy in force, one readable line per rule, for the admin page. */
public final class PolicyLines {
    private PolicyLines() {
    }

    public static List<AdminView.PolicyLine> of(SlaPolicy p) {
        List<AdminView.PolicyLine> out = new ArrayList<>();
        PostmortemTriggers t = p.postmortemTriggers();
        List<String> triggers = new ArrayList<>();
        t.severities().stream().sorted().forEach(s -> triggers.add(s.name()));
        if (t.dataLoss()) {
            triggers.add("data loss");
        }
        if (t.securityExposure()) {
            triggers.add("security or data exposure");
        }
        if (t.onRequest()) {
            triggers.add("on request");
        }
        out.add(line("Postmortem required for", String.join(", ", triggers)));
        out.add(line("Near-misses get", Wire.name(t.nearMiss()).replace('_', ' ')));
        out.add(line("Initial draft due", p.draftDue() + " after resolution"));
        for (Map.Entry<Severity, ?> e : new TreeMap<>(p.reviewDue()).entrySet()) {
            out.add(line("Review due for " + e.getKey().name(), e.getValue() + " after resolution"));
        }
        out.add(line("Review due otherwise", p.reviewDueDefault() + " after resolution"));
        new TreeMap<>(p.priorityDueByTier()).forEach((tier, w) -> out.add(line("Priority actions, tier " + tier, w.toString())));
        out.add(line("Normal actions", p.normalDue().toString()));
        out.add(line("Effectiveness check", p.verifyEffectivenessAfter() + " after done"));
        out.add(line("Reminder", p.reminderBefore() + " before due"));
        out.add(line("Escalate to", p.escalateTo().stream().map(e -> Wire.name(e).replace('_', ' ')).collect(Collectors.joining(", then "))));
        out.add(line("Default calendar", p.defaultCalendar()));
        for (ServicePolicy s : new TreeMap<>(p.services()).values()) {
            out.add(line("Service " + s.service(), "tier " + s.tier() + (s.calendar() == null ? "" : ", calendar " + s.calendar())
                    + (s.owner() == null ? "" : ", owner " + s.owner())
                    + ", deploy gate after " + s.maxBreachedPriorityActions() + " breached priority actions"));
        }
        return out;
    }

    private static AdminView.PolicyLine line(String rule, String value) {
        return new AdminView.PolicyLine(rule, value);
    }
}
