package dev.noblame.confluence.macro;

import static dev.noblame.confluence.markup.Nodes.cell;
import static dev.noblame.confluence.markup.Nodes.h2;
import static dev.noblame.confluence.markup.Nodes.p;
import static dev.noblame.confluence.markup.Nodes.table;
import static dev.noblame.confluence.markup.Nodes.text;

import dev.noblame.action.ActionItem;
import dev.noblame.common.Checks;
import dev.noblame.common.Wire;
import dev.noblame.confluence.markup.Node;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.sla.ActionSla;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code action-items} macro: the outstanding actions of one service, team or incident, in
 * three groups by their SLA state (the same {@link SlaEvaluator} the Jira sync uses): breached,
 * due soon (past the policy's reminder point) and on track. Done and won't-do actions are not
 * listed; this is a to-do view.
 */
public final class ActionItemsMacro {
    public static final String NAME = "action-items";

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

    public static Rendered render(Scope scope, List<Incident> incidents, List<ActionItem> actions, SlaEvaluator sla, Instant now,
                                  MacroContext ctx) {
        Map<IncidentId, Incident> byId = new HashMap<>();
        incidents.forEach(i -> byId.put(i.id(), i));
        Map<SlaState, List<Row>> groups = new EnumMap<>(SlaState.class);
        for (ActionItem a : actions) {
            Incident i = byId.get(a.incident());
            if (i == null || !scope.includes(i)) {
                continue;
            }
            ActionSla s = sla.evaluate(a, i.service(), now);
            if (s.state().isOutstanding()) {
                groups.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(new Row(a, s));
            }
        }
        List<Node> page = new ArrayList<>();
        page.add(p("Outstanding action items for " + scope.describe() + " on " + ctx.today() + ", by SLA state."));
        group(page, "Breached", Node.Colour.RED, groups.getOrDefault(SlaState.BREACHED, new ArrayList<>()), ctx);
        group(page, "Due soon", Node.Colour.YELLOW, groups.getOrDefault(SlaState.DUE_SOON, new ArrayList<>()), ctx);
        group(page, "On track", Node.Colour.BLUE, groups.getOrDefault(SlaState.ON_TRACK, new ArrayList<>()), ctx);
        return new Rendered("Action items: " + scope.describe(), page);
    }

    private record Row(ActionItem action, ActionSla sla) {
    }

    private static void group(List<Node> page, String heading, Node.Colour colour, List<Row> rows, MacroContext ctx) {
        page.add(h2(heading + " (" + rows.size() + ")"));
        if (rows.isEmpty()) {
            page.add(new Node.Panel(List.of(p("None."))));
            return;
        }
        rows.sort(Comparator.comparing((Row r) -> r.sla().due()).thenComparing(r -> r.action().id()));
        List<List<List<Node>>> cells = new ArrayList<>();
        for (Row r : rows) {
            ActionItem a = r.action();
            List<Node> due = new ArrayList<>();
            due.add(new Node.Date(a.dueDate() != null ? a.dueDate() : LocalDate.ofInstant(r.sla().due(), ZoneOffset.UTC)));
            if (r.sla().dueFromPolicy()) {
                due.add(text(" (policy)"));
            }
            cells.add(List.of(
                    cell(a.incident() + "/" + a.id()),
                    cell(a.title()),
                    List.of(ctx.person(a.owner())),
                    due,
                    List.of(new Node.Status(colour, Wire.name(a.state()))),
                    cell(Wire.name(a.priority()))));
        }
        page.add(table(List.of("Action", "Title", "Owner", "Due", "State", "Priority"), cells));
    }
}
