package dev.noblame.jira.sla;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import java.time.Instant;
import java.util.List;

/**
 * The SLA policy as the Jira adapter needs it: what an action's issue should show, and which
 * one-time notices have fallen due. The adapter does not own the policy; {@link PolicySlaRules}
 * reads it from the domain's {@link dev.noblame.sla.SlaEvaluator}.
 */
public interface SlaRules {
    IssueSla evaluate(ActionItem action, Incident incident, Instant now);

    /** Reminder, breach and verification notices due now (whether already written is the caller's check). */
    List<Notice.Kind> noticesDue(ActionItem action, Incident incident, Instant now);
}
