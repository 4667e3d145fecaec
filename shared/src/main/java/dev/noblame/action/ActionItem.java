package dev.noblame.action;

import dev.noblame.common.Checks;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.Transition;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A SMART action from a postmortem. Owner, due date and success criterion may be missing while
 * the action is drafted; the SMART check reports what is missing. {@code factorKey} names the
 * contributing factor it addresses ({@code technology:workaround}) so a repeat incident on the
 * same factor can mark it not effective.
 */
public record ActionItem(
        ActionId id,
        IncidentId incident,
        String title,
        String owner,
        LocalDate dueDate,
        String successCriterion,
        ActionClass actionClass,
        ActionPriority priority,
        ActionState state,
        String factorKey,
        String wontDoReason,
        Instant createdAt,
        Instant completedAt,
        Instant verifiedAt) {

    public ActionItem {
        Objects.requireNonNull(id, "id");
        Checks.start()
                .notNull(incident, "incident")
                .notBlank(title, "title")
                .maxLength(title, 500, "title")
                .maxLength(owner, 200, "owner")
                .maxLength(successCriterion, 2000, "successCriterion")
                .notNull(actionClass, "class")
                .notNull(priority, "priority")
                .notNull(state, "state")
                .notNull(createdAt, "createdAt")
                .orThrow();
        title = title.strip();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        successCriterion = successCriterion == null || successCriterion.isBlank() ? null : successCriterion.strip();
    }

    public static ActionItem open(ActionId id, IncidentId incident, String title, String owner, LocalDate due,
                                  String successCriterion, ActionClass cls, ActionPriority priority, Instant at) {
        return new ActionItem(id, incident, title, owner, due, successCriterion, cls, priority, ActionState.OPEN,
                null, null, at, null, null);
    }

    public String subject() {
        return incident + "/" + id;
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    public Transition<ActionItem> start(Instant at) {
        return move(ActionState.IN_PROGRESS, at, null);
    }

    public Transition<ActionItem> complete(Instant at) {
        return move(ActionState.DONE, at, null);
    }

    public Transition<ActionItem> verifyEffective(Instant at) {
        return move(ActionState.VERIFIED_EFFECTIVE, at, null);
    }

    /** The fix did not hold (a repeat incident, a failed check): back to work. */
    public Transition<ActionItem> markNotEffective(Instant at, String reason) {
        return move(ActionState.IN_PROGRESS, at, reason);
    }

    public Transition<ActionItem> wontDo(Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.field("reason", "is required for wont_do");
        }
        return move(ActionState.WONT_DO, at, reason.strip());
    }

    public Transition<ActionItem> reopen(Instant at) {
        return move(ActionState.OPEN, at, null);
    }

    public Transition<ActionItem> moveTo(ActionState target, Instant at, String reason) {
        return switch (target) {
            case OPEN -> reopen(at);
            case IN_PROGRESS -> state == ActionState.DONE ? markNotEffective(at, reason) : start(at);
            case DONE -> complete(at);
            case VERIFIED_EFFECTIVE -> verifyEffective(at);
            case WONT_DO -> wontDo(at, reason);
        };
    }

    private Transition<ActionItem> move(ActionState to, Instant at, String reason) {
        ActionState.TABLE.check(state, to);
        Instant completed = to == ActionState.DONE ? at : (to.isCompleted() ? completedAt : null);
        Instant verified = to == ActionState.VERIFIED_EFFECTIVE ? at : null;
        ActionItem after = new ActionItem(id, incident, title, owner, dueDate, successCriterion, actionClass, priority,
                to, factorKey, to == ActionState.WONT_DO ? reason : null, createdAt, completed, verified);
        return new Transition<>(after, DomainEvent.of("action." + Wire.name(to), subject(), at,
                "from", Wire.name(state), "to", Wire.name(to), "reason", reason));
    }

    // ---- edits ----------------------------------------------------------------------------------

    public ActionItem withDueDate(LocalDate due) {
        return new ActionItem(id, incident, title, owner, due, successCriterion, actionClass, priority, state,
                factorKey, wontDoReason, createdAt, completedAt, verifiedAt);
    }

    public ActionItem withOwner(String newOwner) {
        return new ActionItem(id, incident, title, newOwner, dueDate, successCriterion, actionClass, priority, state,
                factorKey, wontDoReason, createdAt, completedAt, verifiedAt);
    }

    public ActionItem withFactorKey(String key) {
        return new ActionItem(id, incident, title, owner, dueDate, successCriterion, actionClass, priority, state,
                key, wontDoReason, createdAt, completedAt, verifiedAt);
    }

    public ActionItem withDetails(String newTitle, String newCriterion, ActionClass cls, ActionPriority prio) {
        return new ActionItem(id, incident, newTitle, owner, dueDate, newCriterion, cls, prio, state,
                factorKey, wontDoReason, createdAt, completedAt, verifiedAt);
    }
}
