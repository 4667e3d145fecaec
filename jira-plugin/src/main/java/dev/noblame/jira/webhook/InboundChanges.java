package dev.noblame.jira.webhook;

import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.Transition;
import dev.noblame.common.Wire;
import dev.noblame.jira.client.JiraIssue;
import dev.noblame.ports.Actions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies what a Jira issue shows to its action item: status (through the action's own
 * transitions, via intermediate states when Jira jumped), and the due date. Both the webhook and
 * the reconciliation job come here, so they agree. Idempotent: applying the same issue twice
 * changes nothing the second time, and an older version than the last applied is ignored.
 */
public final class InboundChanges {

    public record Outcome(String issueKey, String subject, boolean changed, String detail, List<DomainEvent> events) {
    }

    private final Actions actions;
    private final SeenIssues seen;
    private final java.util.function.Supplier<String> verifiedFieldId;

    private final java.util.function.Consumer<DomainEvent> events;
    private final java.util.function.Consumer<Runnable> tx;

    /** {@code events} hears every change made here, inside {@code tx}, which wraps each apply. */
    public InboundChanges(Actions actions, SeenIssues seen, java.util.function.Supplier<String> verifiedFieldId,
                          java.util.function.Consumer<DomainEvent> events, java.util.function.Consumer<Runnable> tx) {
        this.actions = actions;
        this.seen = seen;
        this.events = events;
        this.tx = tx;
        this.verifiedFieldId = verifiedFieldId;
    }

    /** The action an issue belongs to, by its {@code noblame-ACT-n} label. */
    public static Optional<ActionId> actionOf(JiraIssue issue) {
        for (String label : issue.labels()) {
            if (label.startsWith("noblame-ACT-")) {
                return Optional.of(ActionId.parse(label.substring("noblame-".length())));
            }
        }
        return Optional.empty();
    }

    public synchronized Outcome apply(JiraIssue issue, Instant version, Instant now) {
        Outcome[] out = new Outcome[1];
        tx.accept(() -> {
            out[0] = applyInside(issue, version, now);
            out[0].events().forEach(events);
        });
        return out[0];
    }

    private Outcome applyInside(JiraIssue issue, Instant version, Instant now) {
        Optional<ActionId> id = actionOf(issue);
        if (id.isEmpty()) {
            return unchanged(issue, "-", "not a NoBlame action issue");
        }
        Optional<SeenIssues.Seen> last = seen.last(issue.key());
        if (version != null && last.isPresent() && last.get().version() != null && !version.isAfter(last.get().version())) {
            return unchanged(issue, id.get().toString(), "version " + version + " is not newer than "
                    + last.get().version() + " (duplicate or out of order)");
        }
        Optional<ActionItem> found = actions.find(id.get());
        if (found.isEmpty()) {
            return unchanged(issue, id.get().toString(), "NoBlame has no action " + id.get());
        }
        ActionItem action = found.get();
        List<DomainEvent> events = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<ActionState> shown = StatusMapping.stateOf(issue, verifiedFieldId);
        Optional<ActionState> target = shown.filter(s -> last.map(l -> l.state() != s).orElse(firstSightWins(s, found.get().state())));
        if (target.isPresent() && target.get() != action.state()) {
            List<ActionState> path = path(action.state(), target.get());
            if (path.isEmpty()) {
                notes.add("Jira shows " + Wire.name(target.get()) + " but an action cannot move from " + Wire.name(action.state()));
            }
            for (ActionState step : path) {
                String reason = step == ActionState.WONT_DO ? "resolved in Jira " + issue.key() + " as "
                        + issue.resolutionName().orElse("won't do") : step == ActionState.IN_PROGRESS && action.state() == ActionState.DONE
                        ? "reopened in Jira " + issue.key() : null;
                Transition<ActionItem> t = action.moveTo(step, now, reason);
                action = t.after();
                events.add(t.event());
            }
        }
        Optional<java.time.LocalDate> due = issue.date("duedate");
        boolean dueEdited = due.isPresent() && last.map(l -> !due.get().equals(l.due())).orElse(true);
        if (dueEdited && !due.get().equals(action.dueDate())) {
            action = action.withDueDate(due.get());
            events.add(DomainEvent.of("action.due_changed", action.subject(), now, "due", due.get().toString(), "source", issue.key()));
        }
        if (!events.isEmpty()) {
            actions.save(action);
        }
        seen.record(issue.key(), new SeenIssues.Seen(version, shown.orElse(null), due.orElse(null)));
        String detail = events.isEmpty() ? (notes.isEmpty() ? "already in step" : String.join("; ", notes))
                : "applied " + events.stream().map(DomainEvent::type).toList();
        return new Outcome(issue.key(), id.get().toString(), !events.isEmpty(), detail, events);
    }

    /**
     * With no earlier sight of the issue, Jira's status wins only when it is further along than
     * NoBlame's (work finished or dropped in Jira while its webhook was lost); a fresh issue's
     * "to do" must not pull an action that is in progress in NoBlame back to open.
     */
    private static boolean firstSightWins(ActionState shown, ActionState current) {
        return rank(shown) > rank(current);
    }

    private static int rank(ActionState s) {
        return switch (s) {
            case OPEN -> 0;
            case IN_PROGRESS -> 1;
            case DONE, WONT_DO -> 2;
            case VERIFIED_EFFECTIVE -> 3;
        };
    }

    /** Shortest legal path of states from one to the other (excluding the start); empty if none. */
    static List<ActionState> path(ActionState from, ActionState to) {
        Map<ActionState, ActionState> previous = new EnumMap<>(ActionState.class);
        Deque<ActionState> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty()) {
            ActionState s = queue.poll();
            if (s == to) {
                List<ActionState> out = new ArrayList<>();
                for (ActionState at = to; at != from; at = previous.get(at)) {
                    out.add(0, at);
                }
                return out;
            }
            for (ActionState next : ActionState.TABLE.nextFrom(s)) {
                // wont_do needs a reason only Jira's resolution gives; never pass through it
                if (!previous.containsKey(next) && (next != ActionState.WONT_DO || next == to)) {
                    previous.put(next, s);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    private static Outcome unchanged(JiraIssue issue, String subject, String why) {
        return new Outcome(issue.key(), subject, false, why, List.of());
    }
}
