package dev.noblame.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionItem;
import dev.noblame.confluence.Xml;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemFixtures;
import dev.noblame.render.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Arbitrary strings in every field of every macro: the storage format and the preview stay
 * well-formed XML, and no input becomes markup: the macros, user references and elements are
 * exactly those a harmless input produces, and every link is a web or mail link.
 */
class MacroMarkupProperties {
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "]]>", "<![CDATA[x]]>", "&amp;", "&#0;",
            "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body>x</ac:plain-text-body></ac:structured-macro>",
            "<ri:user ri:account-id=\"x\"/>", "\"><img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "\u0000\u0007\uFFFE\uD800",
            "' onclick='x", "</td></tr></table>", "{incident}");

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
        return Arbitraries.oneOf(random, hostile, Arbitraries.strings().withChars("<>&\"'\n-*#`[]()").ofMinLength(1).ofMaxLength(20),
                        random.flatMap(r -> hostile.map(h -> r + h)))
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 200)
    void the_postmortem_macro_keeps_every_value_a_value(@ForAll("anyText") String s) {
        check(text -> PostmortemMacro.render(doc(text), PostmortemMacroTest.CLOUD.withUsers(users(text))), s);
        check(text -> PostmortemMacro.render(doc(text), PostmortemMacroTest.CLOUD.withJira(new JiraMacro(text, text, "key = {incident}"))), s);
    }

    @Property(tries = 200)
    void the_action_items_macro_keeps_every_value_a_value(@ForAll("anyText") String s) {
        check(text -> {
            PostmortemDocument d = doc(text);
            List<ActionItem> actions = new ArrayList<>(d.actions());
            return ActionItemsMacro.render(new ActionItemsMacro.Scope(ActionItemsMacro.ScopeKind.SERVICE, d.incident().service()),
                    List.of(d.incident()), actions, new dev.noblame.sla.SlaEvaluator(dev.noblame.sla.SlaPolicy.defaults()),
                    java.time.Instant.parse("2026-03-20T12:00:00Z"), PostmortemMacroTest.CLOUD.withUsers(users(text)));
        }, s);
    }

    @Property(tries = 200)
    void the_index_macro_keeps_every_value_a_value(@ForAll("anyText") String s) {
        check(text -> PostmortemIndexMacro.render(List.of(doc(text)), 50, PostmortemMacroTest.CLOUD.withSpace(text)), s);
    }

    @Property(tries = 60)
    void the_rollup_and_trend_macros_keep_every_value_a_value(@ForAll("anyText") String s) {
        check(text -> RollupMacro.render(text, KpiFixtures.rollup(List.of(doc(text)), dev.noblame.kpi.Dimension.SERVICE),
                PostmortemMacroTest.CLOUD.withSpace(text)), s);
        check(text -> TrendMacros.kpiTrend(text, KpiFixtures.monthly(List.of(doc(text)))), s);
        check(text -> TrendMacros.nearMissTrend(text, KpiFixtures.monthlyBy(List.of(doc(text)), dev.noblame.kpi.Dimension.TEAM)), s);
    }

    /** The input's own text, with markup-looking lines only where RichText allows, must not change the markup skeleton. */
    static void check(Function<String, Rendered> render, String text) {
        Rendered hostile = render.apply(text);
        Rendered harmless = render.apply("harmless");
        for (boolean storage : new boolean[] {true, false}) {
            Document got = Xml.parse(storage ? hostile.storage() : hostile.preview());
            Document base = Xml.parse(storage ? harmless.storage() : harmless.preview());
            assertThat(skeleton(got)).as("macros and references").isEqualTo(skeleton(base));
            assertThat(Xml.attributeNames(got)).as("attributes").allMatch(n -> Xml.attributeNames(base).contains(n) || n.equals("href")
                    || n.equals("rel"));
            for (Element e : Xml.elements(got)) {
                if (e.hasAttribute("href")) {
                    assertThat(RichText.isSafeUrl(e.getAttribute("href"))).as("href " + e.getAttribute("href")).isTrue();
                }
                assertThat(e.getTagName()).isIn(ALLOWED);
            }
        }
    }

    /** The Confluence-specific parts (ac:, ri:, time) with their names: those no text may add or remove. */
    static List<String> skeleton(Document d) {
        List<String> out = new ArrayList<>();
        for (Element e : Xml.elements(d)) {
            String tag = e.getTagName();
            if (tag.startsWith("ac:") || tag.startsWith("ri:") || tag.equals("time") || tag.equals("svg") || tag.equals("table")
                    || tag.equals("input") || tag.equals("span")) {
                out.add(tag + (e.hasAttribute("ac:name") ? "[" + e.getAttribute("ac:name") + "]" : ""));
            }
        }
        return out;
    }

    static final List<String> ALLOWED = List.of("p", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li",
            "strong", "em", "code", "br", "a", "time", "span", "div", "input", "figure", "figcaption", "svg", "title", "line", "text",
            "polyline", "rect", "ac:structured-macro", "ac:parameter", "ac:rich-text-body", "ac:task-list", "ac:task", "ac:task-id",
            "ac:task-status", "ac:task-body", "ac:link", "ri:user");

    /** Owners are stripped by ActionItem, authors are not: both spellings know the same person. */
    static Map<String, String> users(String text) {
        Map<String, String> users = new java.util.HashMap<>();
        users.put(text, "id-" + text);
        users.put(text.strip(), "id-" + text);
        return users;
    }

    static PostmortemDocument doc(String text) {
        String title = text.length() > 300 ? text.substring(0, 300) : text;
        return PostmortemFixtures.document(7, title, text, text, text, text, text, text);
    }
}
