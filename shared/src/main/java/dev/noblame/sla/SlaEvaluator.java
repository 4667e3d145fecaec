package dev.noblame.sla;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.PostmortemStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Puts postmortems and action items against the policy's clocks: the due instant and state of
 * each, and the reminders, escalations and effectiveness checks that have fallen due at an instant.
 *
 * <p>Pure and repeatable: the same inputs at the same instant give the same answers. Events carry
 * a stable {@link SlaEvent#key()}; pass the keys already sent as {@code alreadySent} and an event is
 * returned once only (see {@link SlaEvent} for the contract). Thread-safe.
 */
public final class SlaEvaluator {
    private final SlaPolicy policy;
    private final Map<String, ServiceRules> rules = new ConcurrentHashMap<>();

    /** A service's rules resolved once: looking them up per action would dominate a bulk run. */
    private record ServiceRules(ServicePolicy service, BusinessCalendar calendar, SlaWindow priority, SlaWindow normal) {
    }

    public SlaEvaluator(SlaPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public SlaPolicy policy() {
        return policy;
    }

    // ---- actions ---------------------------------------------------------------------------------

    /** The action's own due date (end of that day in the service's zone), else the policy window from creation. */
    public Instant dueOf(ActionItem action, String service) {
        return dueOf(action, rulesOf(service));
    }

    private static Instant dueOf(ActionItem action, ServiceRules r) {
        if (action.dueDate() != null) {
            return r.calendar.endOf(action.dueDate());
        }
        return (action.priority() == ActionPriority.PRIORITY ? r.priority : r.normal).after(action.createdAt(), r.calendar);
    }

    /**
     * Due instant and state of one action at {@code now}. {@code remindAt} is set only while the
     * action is outstanding: for finished or waived work there is nobody left to remind.
     */
    public ActionSla evaluate(ActionItem action, String service, Instant now) {
        ServiceRules r = rulesOf(service);
        Instant due = dueOf(action, r);
        Instant remind = null;
        SlaState state;
        if (action.state() == ActionState.WONT_DO) {
            state = SlaState.WAIVED;
        } else if (action.state().isCompleted() && action.completedAt() != null && !action.completedAt().isAfter(now)) {
            state = action.completedAt().isAfter(due) ? SlaState.MET_LATE : SlaState.MET;
        } else {
            remind = policy.reminderBefore().before(due, r.calendar);
            state = SlaState.of(due.toEpochMilli(), remind.toEpochMilli(), -1, now.toEpochMilli());
        }
        return new ActionSla(action.id(), action.incident(), r.service.service(), action.priority(), due,
                action.dueDate() == null, remind, state);
    }

    public List<ActionSla> evaluateAll(Collection<ActionItem> actions, Function<IncidentId, String> serviceOf, Instant now) {
        List<ActionSla> out = new ArrayList<>(actions.size());
        evaluateEach(actions, serviceOf, now, out::add);
        return out;
    }

    /**
     * Like {@link #evaluateAll} but hands each result to {@code sink} instead of keeping them all:
     * for bulk jobs that act on each result and move on, a million results never live at once.
     */
    public void evaluateEach(Iterable<ActionItem> actions, Function<IncidentId, String> serviceOf, Instant now,
                             Consumer<ActionSla> sink) {
        for (ActionItem a : actions) {
            sink.accept(evaluate(a, serviceOf.apply(a.incident()), now));
        }
    }

    /** Reminders, escalations and effectiveness checks of one action that are due at {@code now} and not yet sent. */
    public List<SlaEvent> eventsDue(ActionItem action, String service, Instant now, Predicate<String> alreadySent) {
        List<SlaEvent> out = new ArrayList<>(1);
        collect(action, service, now, alreadySent, out::add);
        return out;
    }

    public List<SlaEvent> eventsDueAll(Collection<ActionItem> actions, Function<IncidentId, String> serviceOf, Instant now,
                                       Predicate<String> alreadySent) {
        List<SlaEvent> out = new ArrayList<>();
        eventsDueEach(actions, serviceOf, now, alreadySent, out::add);
        return out;
    }

    /** Like {@link #eventsDueAll} but streams each event to {@code sink} (e.g. straight into the outbox). */
    public void eventsDueEach(Iterable<ActionItem> actions, Function<IncidentId, String> serviceOf, Instant now,
                              Predicate<String> alreadySent, Consumer<SlaEvent> sink) {
        for (ActionItem a : actions) {
            collect(a, serviceOf.apply(a.incident()), now, alreadySent, sink);
        }
    }

    /** Breached priority actions per service at {@code now}: what the deploy gate compares with the policy limit. */
    public Map<String, Integer> breachedPriorityActions(Collection<ActionItem> actions, Function<IncidentId, String> serviceOf,
                                                        Instant now) {
        Map<String, Integer> out = new HashMap<>();
        for (ActionItem a : actions) {
            if (a.priority() == ActionPriority.PRIORITY && a.state().isOutstanding()) {
                String service = serviceOf.apply(a.incident());
                if (!now.isBefore(dueOf(a, rulesOf(service)))) {
                    out.merge(rulesOf(service).service.service(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private void collect(ActionItem a, String service, Instant now, Predicate<String> sent, Consumer<SlaEvent> out) {
        if (a.state().isOutstanding()) {
            ServiceRules r = rulesOf(service);
            Instant due = dueOf(a, r);
            if (!now.isBefore(due)) {
                add(out, sent, escalation(DeadlineKind.ACTION, a.subject(), a.incident(), a, r, a.owner(), due));
            } else {
                Instant remind = policy.reminderBefore().before(due, r.calendar);
                if (!now.isBefore(remind)) {
                    add(out, sent, event(SlaEventType.REMINDER, DeadlineKind.ACTION, a.subject(), a.incident(), a, r, a.owner(),
                            due, remind, null, a.owner()));
                }
            }
        } else if (a.state() == ActionState.DONE && a.completedAt() != null) {
            ServiceRules r = rulesOf(service);
            Instant verifyAt = policy.verifyEffectivenessAfter().after(a.completedAt(), r.calendar);
            if (!now.isBefore(verifyAt)) {
                add(out, sent, event(SlaEventType.VERIFY_EFFECTIVENESS, DeadlineKind.ACTION, a.subject(), a.incident(), a, r,
                        a.owner(), verifyAt, verifyAt, null, a.owner()));
            }
        }
    }

    // ---- postmortems -----------------------------------------------------------------------------

    /** Both clocks of a postmortem; empty while the incident is unresolved (the clocks start at resolution). */
    public Optional<PostmortemSla> evaluate(PostmortemFacts pm, Instant now) {
        if (pm.resolvedAt() == null) {
            return Optional.empty();
        }
        ServiceRules r = rulesOf(pm.service());
        Deadline draft = deadline(DeadlineKind.POSTMORTEM_DRAFT, pm, policy.draftDue().after(pm.resolvedAt(), r.calendar),
                r, draftDone(pm), pm.submittedAt(), now);
        Deadline review = deadline(DeadlineKind.POSTMORTEM_REVIEW, pm,
                policy.reviewWindow(pm.severity()).after(pm.resolvedAt(), r.calendar), r, reviewDone(pm), pm.approvedAt(), now);
        return Optional.of(new PostmortemSla(pm.incident(), r.service.service(), draft, review));
    }

    public List<SlaEvent> eventsDue(PostmortemFacts pm, Instant now, Predicate<String> alreadySent) {
        List<SlaEvent> list = new ArrayList<>(2);
        Consumer<SlaEvent> out = list::add;
        evaluate(pm, now).ifPresent(sla -> {
            ServiceRules r = rulesOf(pm.service());
            for (Deadline d : List.of(sla.draft(), sla.review())) {
                String subject = pm.incident().toString();
                if (d.state() == SlaState.BREACHED) {
                    add(out, alreadySent, escalation(d.kind(), subject, pm.incident(), null, r, pm.owner(), d.due()));
                } else if (d.state() == SlaState.DUE_SOON) {
                    add(out, alreadySent, event(SlaEventType.REMINDER, d.kind(), subject, pm.incident(), null, r, pm.owner(),
                            d.due(), d.remindAt(), null, pm.owner()));
                }
            }
        });
        return list;
    }

    private Deadline deadline(DeadlineKind kind, PostmortemFacts pm, Instant due, ServiceRules r, boolean done, Instant doneAt, Instant now) {
        Instant remind = policy.reminderBefore().before(due, r.calendar);
        if (pm.status() == PostmortemStatus.NOT_REQUIRED) {
            return new Deadline(kind, due, remind, SlaState.WAIVED, null);
        }
        if (done && doneAt == null) {
            // Past this step but the caller does not know when: count it as met rather than escalate wrongly.
            return new Deadline(kind, due, remind, SlaState.MET, null);
        }
        long doneMillis = done ? doneAt.toEpochMilli() : -1;
        return new Deadline(kind, due, remind, SlaState.of(due.toEpochMilli(), remind.toEpochMilli(), doneMillis, now.toEpochMilli()),
                done ? doneAt : null);
    }

    private static boolean draftDone(PostmortemFacts pm) {
        return pm.submittedAt() != null || (pm.status() != PostmortemStatus.DRAFT && pm.status() != PostmortemStatus.NOT_REQUIRED);
    }

    private static boolean reviewDone(PostmortemFacts pm) {
        return pm.approvedAt() != null || pm.status() == PostmortemStatus.APPROVED || pm.status() == PostmortemStatus.PUBLISHED
                || pm.status() == PostmortemStatus.CLOSED;
    }

    // ---- events ----------------------------------------------------------------------------------

    /** The first escalation target that applies: the owner's manager needs an owner, the service owner a configured one. */
    private SlaEvent escalation(DeadlineKind kind, String subject, IncidentId incident, ActionItem a, ServiceRules r,
                                String owner, Instant due) {
        EscalationTarget chosen = null;
        String recipient = null;
        for (EscalationTarget t : policy.escalateTo()) {
            if (t == EscalationTarget.OWNER_MANAGER && owner != null) {
                chosen = t;
                recipient = owner;
                break;
            }
            if (t == EscalationTarget.SERVICE_OWNER && r.service.owner() != null) {
                chosen = t;
                recipient = r.service.owner();
                break;
            }
        }
        if (chosen == null) {
            chosen = EscalationTarget.SERVICE_OWNER;
        }
        return event(SlaEventType.ESCALATION, kind, subject, incident, a, r, owner, due, due, chosen, recipient);
    }

    private static SlaEvent event(SlaEventType type, DeadlineKind kind, String subject, IncidentId incident, ActionItem a,
                                  ServiceRules r, String owner, Instant due, Instant at, EscalationTarget target, String recipient) {
        return new SlaEvent(SlaEvent.keyOf(type, kind, subject, due), type, kind, subject, incident, a == null ? null : a.id(),
                r.service.service(), owner, due, at, target, recipient);
    }

    private static void add(Consumer<SlaEvent> out, Predicate<String> sent, SlaEvent e) {
        if (sent == null || !sent.test(e.key())) {
            out.accept(e);
        }
    }

    private ServiceRules rulesOf(String service) {
        String key = service == null ? "" : service;
        ServiceRules r = rules.get(key);
        if (r == null) {
            ServicePolicy s = policy.service(service);
            r = new ServiceRules(s, policy.calendars().get(s.calendar()),
                    policy.actionWindow(ActionPriority.PRIORITY, service), policy.normalDue());
            rules.put(key, r);
        }
        return r;
    }
}
