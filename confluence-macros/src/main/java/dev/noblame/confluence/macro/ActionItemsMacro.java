package dev.noblame.confluence.macro;

import static dev.noblame.confluence.markup.Nodes.cell;
import static dev.noblame.confluence.markup.Nodes.h2;
import static dev.noblame.confluence.markup.Nodes.p;
import static dev.noblame.confluence.markup.Nodes.table;

import dev.noblame.action.ActionItem;
import dev.noblame.common.Checks;
import dev.noblame.common.Wire;
import dev.noblame.confluence.markup.Node;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code action-items} macro: the outstanding actions of one service, team or incident, in
 * three groups: breached (past due), due soon (within {@code dueSoonDays}), and the rest open.
 * Done and won't-do actions are not listed; this is a to-do view.
 */
public final class ActionItemsMacro {
    public static final String NAME = "action-items";
    public static final int DEFAULT_DUE_SOON_DAYS = 14;

    private ActionItemsMacro() {
    }

    public enum ScopeKind { SERVICE, TEAM, INCIDENT }

    /** Which actions: those of incidents of a service or team, or of one incident. */
    public record Scope(ScopeKind kind, String value) {
        public Scope {
            Checks.start().notNull(kind, "scope").notBlank(value, "scope value").orThrow();
            value = value.strip();
            if (kind == ScopeKind.INCIDENT) {
                value = IncidentId.parse(value).toString();
            }
        }

        boolean includes(Incident i) {
            return switch (kind) {
                case SERVICE -> value.equalsIgnoreCase(i.service().strip());
                case TEAM -> i.team() != null && value.equalsIgnoreCase(i.team().strip());
                case INCIDENT -> value.equals(i.id().toString());
            };
        }

        String describe() {
            return Wire.name(kind) + " " + value;
        }
    }

    public static Rendered render(Scope scope, List<Incident> incidents, List<ActionItem> actions, int dueSoonDays, MacroContext ctx) {
        Map<IncidentId, Incident> byId = new HashMap<>();
        incidents.forEach(i -> byId.put(i.id(), i));
        LocalDate today = ctx.today();
        LocalDate soon = today.plusDays(Math.max(0, dueSoonDays));
        List<ActionItem> breached = new ArrayList<>();
        List<ActionItem> dueSoon = new ArrayList<>();
        List<ActionItem> open = new ArrayList<>();
        for (ActionItem a : actions) {
            Incident i = byId.get(a.incident());
            if (!a.state().isOutstanding() || i == null || !scope.includes(i)) {
                continue;
            }
            if (a.dueDate() != null && a.dueDate().isBefore(today)) {
                breached.add(a);
            } else if (a.dueDate() != null && !a.dueDate().isAfter(soon)) {
                dueSoon.add(a);
            } else {
                open.add(a);
            }
        }
        List<Node> page = new ArrayList<>();
        page.add(p("Outstanding action items for " + scope.describe() + " on " + today + "."));
        group(page, "Breached", Node.Colour.RED, breached, ctx);
        group(page, "Due within " + dueSoonDays + " days", Node.Colour.YELLOW, dueSoon, ctx);
        group(page, "Open", Node.Colour.BLUE, open, ctx);
        return new Rendered("Action items: " + scope.describe(), page);
    }

    private static void group(List<Node> page, String heading, Node.Colour colour, List<ActionItem> actions, MacroContext ctx) {
        page.add(h2(heading + " (" + actions.size() + ")"));
        if (actions.isEmpty()) {
            page.add(new Node.Panel(List.of(p("None."))));
            return;
        }
        actions.sort(Comparator.comparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionItem::id));
        List<List<List<Node>>> rows = new ArrayList<>();
        for (ActionItem a : actions) {
            rows.add(List.of(
                    cell(a.incident() + "/" + a.id()),
                    cell(a.title()),
                    List.of(ctx.person(a.owner())),
                    a.dueDate() == null ? cell("no due date") : List.of(new Node.Date(a.dueDate())),
                    List.of(new Node.Status(colour, Wire.name(a.state()))),
                    cell(Wire.name(a.priority()))));
        }
        page.add(table(List.of("Action", "Title", "Owner", "Due", "State", "Priority"), rows));
    }
}
