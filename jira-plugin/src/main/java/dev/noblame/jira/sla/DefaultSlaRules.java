package dev.noblame.jira.sla;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.incident.Incident;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * DESIGN §3 defaults: priority actions due in 4 weeks (8 on a lower service tier), normal ones
 * in 90 days, counted from the action's creation unless the action names its own due date;
 * reminder a set number of days before.
 */
public record DefaultSlaRules(int priorityDays, int normalDays, int remindDaysBefore) implements SlaRules {

    public static DefaultSlaRules standard(int remindDaysBefore) {
        return new DefaultSlaRules(28, 90, remindDaysBefore);
    }

    @Override
    public ActionSla evaluate(ActionItem action, Incident incident, LocalDate today) {
        LocalDate due = action.dueDate() != null ? action.dueDate()
                : action.createdAt().atZone(ZoneOffset.UTC).toLocalDate()
                        .plusDays(action.priority() == ActionPriority.PRIORITY ? priorityDays : normalDays);
        LocalDate remindOn = due.minusDays(remindDaysBefore);
        return new ActionSla(due, remindOn, state(action, due, remindOn, today));
    }

    private static SlaState state(ActionItem action, LocalDate due, LocalDate remindOn, LocalDate today) {
        if (action.state() == ActionState.WONT_DO) {
            return SlaState.CLOSED;
        }
        if (action.state().isCompleted()) {
            LocalDate done = action.completedAt() == null ? today : action.completedAt().atZone(ZoneOffset.UTC).toLocalDate();
            return done.isAfter(due) ? SlaState.MET_LATE : SlaState.MET;
        }
        if (today.isAfter(due)) {
            return SlaState.BREACHED;
        }
        return today.isBefore(remindOn) ? SlaState.ON_TRACK : SlaState.DUE_SOON;
    }
}
