package dev.noblame.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaPolicy;
import dev.noblame.confluence.Xml;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemsAndIndexMacroTest {
    private final PostmortemDocument doc = PostmortemFixtures.checkoutOutage();
    private final MacroContext ctx = PostmortemMacroTest.CLOUD; // today 2026-03-20
    private static final SlaEvaluator SLA = new SlaEvaluator(SlaPolicy.defaults());
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    @Test
    void actions_are_grouped_by_sla_state_breached_due_soon_and_on_track() {
        ActionItem late = doc.actions().get(0).withDueDate(LocalDate.parse("2026-03-19"));
        ActionItem soon = doc.actions().get(1).withDueDate(LocalDate.parse("2026-03-21"));
        ActionItem later = ActionItem.open(ActionId.of(3), doc.incident().id(), "Later", null, LocalDate.parse("2026-06-30"), null,
                ActionClass.PROCESS, ActionPriority.NORMAL, NOW);
        ActionItem done = ActionItem.open(ActionId.of(4), doc.incident().id(), "Done", null, LocalDate.parse("2026-03-01"), null,
                ActionClass.PROCESS, ActionPriority.NORMAL, NOW.minusSeconds(86400 * 30)).complete(NOW.minusSeconds(86400)).after();

        Rendered r = ActionItemsMacro.render(scope("checkout"), List.of(doc.incident()), List.of(late, soon, later, done), SLA, NOW, ctx);

        String storage = r.storage();
        Xml.parse(storage);
        assertThat(storage).contains("<h2>Breached (1)</h2>", "<h2>Due soon (1)</h2>", "<h2>On track (1)</h2>")
                .contains("<td>INC-42/ACT-1</td>", "<time datetime=\"2026-03-19\"/>").doesNotContain("ACT-4");
        assertThat(storage.indexOf("INC-42/ACT-1")).isLessThan(storage.indexOf("Due soon"));
        assertThat(storage.indexOf("INC-42/ACT-2")).isBetween(storage.indexOf("Due soon"), storage.indexOf("On track"));
    }

    @Test
    void actions_of_other_services_are_not_listed() {
        Rendered r = ActionItemsMacro.render(scope("search"), List.of(doc.incident()), doc.actions(), SLA, NOW, ctx);

        assertThat(r.storage()).doesNotContain("ACT-").contains("Breached (0)", "On track (0)");
    }

    @Test
    void the_index_is_a_details_summary_over_the_postmortem_label_newest_first() {
        Rendered r = PostmortemIndexMacro.render(List.of(doc), 30, ctx);

        String storage = r.storage();
        Xml.parse(storage);
        assertThat(storage).contains("ac:name=\"detailssummary\"")
                .contains("<ac:parameter ac:name=\"cql\">label = &quot;postmortem&quot; and space = &quot;OPS&quot;</ac:parameter>")
                .contains("<ac:parameter ac:name=\"sortBy\">Detected</ac:parameter><ac:parameter ac:name=\"reverseSort\">true</ac:parameter>")
                .contains("<ac:parameter ac:name=\"pageSize\">30</ac:parameter>");
        assertThat(r.preview()).contains("<td>INC-42: Checkout returned 502 after a config rollout</td><td>SEV2</td>");
    }

    private static ActionItemsMacro.Scope scope(String service) {
        return new ActionItemsMacro.Scope(ActionItemsMacro.ScopeKind.SERVICE, service);
    }
}
