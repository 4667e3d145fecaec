package dev.noblame.jira.sla;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import java.time.LocalDate;

/**
 * The SLA policy as the Jira adapter needs it. The adapter does not own the policy: the server
 * wires in the domain's evaluator; {@link DefaultSlaRules} holds DESIGN's defaults for use until
 * then and in tests.
 */
@FunctionalInterface
public interface SlaRules {
    ActionSla evaluate(ActionItem action, Incident incident, LocalDate today);
}
