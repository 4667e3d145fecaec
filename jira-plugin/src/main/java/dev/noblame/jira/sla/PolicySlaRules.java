package dev.noblame.jira.sla;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.sla.ActionSla;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaEvent;
import dev.noblame.sla.SlaPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link SlaRules} from the domain's policy and evaluator (windows, business calendars, reminders). */
public final class PolicySlaRules implements SlaRules {
    private final SlaEvaluator evaluator;

    public PolicySlaRules(SlaEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    public static PolicySlaRules defaults() {
        return new PolicySlaRules(new SlaEvaluator(SlaPolicy.defaults()));
    }

    @Override
    public IssueSla evaluate(ActionItem action, Incident incident, Instant now) {
        ActionSla sla = evaluator.evaluate(action, incident.service(), now);
        // the deadline is the end of a day in the service's calendar zone: that day is the Jira due date
        LocalDate due = action.dueDate() != null ? action.dueDate()
                : LocalDate.ofInstant(sla.due(), evaluator.policy().calendarOf(incident.service()).zone());
        return new IssueSla(due, sla.state());
    }

    @Override
    public List<Notice.Kind> noticesDue(ActionItem action, Incident incident, Instant now) {
        List<Notice.Kind> out = new ArrayList<>(1);
        for (SlaEvent e : evaluator.eventsDue(action, incident.service(), now, key -> false)) {
            out.add(switch (e.type()) {
                case REMINDER -> Notice.Kind.REMIND;
                case ESCALATION -> Notice.Kind.BREACH;
                case VERIFY_EFFECTIVENESS -> Notice.Kind.VERIFY;
            });
        }
        return out;
    }
}
