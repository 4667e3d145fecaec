package dev.noblame.sla;

import dev.noblame.action.ActionId;
import dev.noblame.action.ActionPriority;
import dev.noblame.incident.IncidentId;
import java.time.Instant;

/**
 * An action item against its deadline. {@code due} is the action's own due date (end of that day
 * in the service's calendar zone) or, without one, the policy window from its creation;
 * {@code dueFromPolicy} says which. {@code remindAt} is null once the action is finished or waived.
 */
public record ActionSla(ActionId action, IncidentId incident, String service, ActionPriority priority,
                        Instant due, boolean dueFromPolicy, Instant remindAt, SlaState state) {

    public boolean isBreachedPriority() {
        return state == SlaState.BREACHED && priority == ActionPriority.PRIORITY;
    }
}
