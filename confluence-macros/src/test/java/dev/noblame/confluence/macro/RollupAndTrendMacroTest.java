package dev.noblame.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.confluence.Xml;
import dev.noblame.kpi.Dimension;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RollupAndTrendMacroTest {
    private final List<PostmortemDocument> docs = List.of(
            PostmortemFixtures.document(1, "a", "x", "checkout", "payments", "f", "t", "o"),
            PostmortemFixtures.document(2, "b", "x", "checkout", "payments", "f", "t", "o"),
            PostmortemFixtures.document(3, "c", "x", "search", "discovery", "f", "t", "o"));
    private final MacroContext ctx = PostmortemMacroTest.CLOUD;

    @Test
    void a_rollup_is_a_table_per_group_with_a_total_a_bar_chart_and_a_drill_down() {
        Rendered r = RollupMacro.render("Q1 by service", KpiFixtures.rollup(docs, Dimension.SERVICE), ctx);

        String storage = r.storage();
        Document xml = Xml.parse(storage);
        assertThat(storage).contains("<th>Service</th><th>Incidents</th>")
                .contains("<tr><td>checkout</td><td>2</td><td>0</td><td>7</td><td>7</td><td>38</td><td>38</td>")
                .contains("<td><strong>Total</strong></td><td>3</td>")
                .contains("ac:name=\"chart\"", "<ac:parameter ac:name=\"type\">bar</ac:parameter>")
                .contains("ac:name=\"detailssummary\"");
        assertThat(PostmortemMacroTest.macro(xml, "chart").getTextContent()).contains("checkout", "search");
        assertThat(r.preview()).contains("<svg").contains("<rect").doesNotContain("ac:");
        Xml.parse(r.preview());
    }

    @Test
    void a_rollup_by_factor_category_names_the_categories() {
        String storage = RollupMacro.render("by category", KpiFixtures.rollup(docs, Dimension.FACTOR_CATEGORY), ctx).storage();

        assertThat(storage).contains("<th>Contributing-factor category</th>").contains("<td>technology</td>", "<td>process</td>");
    }

    @Test
    void the_kpi_trend_charts_monthly_series_over_data_tables() {
        Rendered r = TrendMacros.kpiTrend("Trend", KpiFixtures.monthly(docs));

        String storage = r.storage();
        Xml.parse(storage);
        assertThat(storage).contains("<tr><th>Month</th><th>Incidents</th><th>Near-misses</th></tr>")
                .contains("<tr><td>2026-01</td><td>0</td><td>0</td></tr>", "<tr><td>2026-03</td><td>3</td><td>0</td></tr>")
                .contains("<ac:parameter ac:name=\"type\">line</ac:parameter>")
                .contains("<tr><td>2026-03</td><td>7</td><td>38</td></tr>");
        assertThat(r.preview()).contains("<polyline");
        Xml.parse(r.preview());
    }

    @Test
    void the_near_miss_trend_draws_one_line_per_group() {
        Rendered r = TrendMacros.nearMissTrend("Near misses", KpiFixtures.monthlyBy(docs, Dimension.TEAM));

        String storage = r.storage();
        Xml.parse(storage);
        assertThat(storage).contains("<th>Month</th><th>payments</th><th>discovery</th>").contains("<td>2026-02</td><td>0</td><td>0</td>");
        assertThat(r.preview()).contains("Near-miss reports per month");
    }
}
