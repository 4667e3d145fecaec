package dev.noblame.server.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartsTest {

    private static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03");

    @Test
    void bar_heights_are_proportional_to_the_values() throws Exception {
        Chart chart = Chart.of("per-month", "Incidents per month", "Count of incidents", MONTHS,
                List.of(Series.of("Incidents", 2, 4, 1)));

        Document svg = parse(BarChart.render(chart));

        List<Double> heights = attributes(svg, "rect", "chart-bar", "height");
        assertThat(heights).hasSize(3);
        assertThat(heights.get(1) / heights.get(0)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(heights.get(1) / heights.get(2)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void a_grouped_bar_chart_draws_one_bar_per_series_and_category_in_the_series_colour() throws Exception {
        Chart chart = Chart.of("on-time", "Actions on time vs late", "", MONTHS,
                List.of(Series.of("On time", 3, 0, 2), Series.of("Late", 1, 2, 0)));

        Document svg = parse(BarChart.render(chart));

        NodeList rects = svg.getElementsByTagName("rect");
        long s0 = 0;
        long s1 = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            String cls = ((Element) rects.item(i)).getAttribute("class");
            if (cls.contains("chart-bar") && cls.contains("chart-s0")) {
                s0++;
            }
            if (cls.contains("chart-bar") && cls.contains("chart-s1")) {
                s1++;
            }
        }
        assertThat(s0).isEqualTo(3);
        assertThat(s1).isEqualTo(3);
    }

    @Test
    void the_chart_is_an_image_named_by_its_title_and_description() throws Exception {
        Chart chart = Chart.of("mttr", "MTTR by service", "Mean time to restore, hours", List.of("checkout"),
                List.of(Series.of("MTTR", 3.5)));

        Element root = parse(BarChart.render(chart)).getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("mttr-title mttr-desc");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("MTTR by service");
        assertThat(((Element) root.getElementsByTagName("title").item(0)).getAttribute("id")).isEqualTo("mttr-title");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Mean time to restore, hours");
    }

    @Test
    void labels_and_names_are_escaped_so_they_cannot_inject_markup() throws Exception {
        String evil = "<script>alert('x')</script> & \"quoted\"";
        Chart chart = Chart.of("evil", evil, evil, List.of(evil), List.of(Series.of(evil, 1)));

        for (String markup : List.of(BarChart.render(chart), LineChart.render(chart))) {
            Document svg = parse(markup);
            assertThat(svg.getElementsByTagName("script").getLength()).isZero();
            assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent()).isEqualTo(evil);
            assertThat(markup).doesNotContain("<script");
        }
    }

    @Test
    void no_element_carries_an_inline_style_so_a_strict_csp_can_forbid_them() {
        Chart chart = Chart.of("c", "t", "d", MONTHS, List.of(Series.of("a", 1, 2, 3), Series.of("b", 3, 2, 1)));

        assertThat(BarChart.render(chart)).doesNotContain("style=");
        assertThat(LineChart.render(chart)).doesNotContain("style=");
    }

    @Test
    void a_missing_value_breaks_the_line_instead_of_dropping_to_zero() throws Exception {
        List<Double> values = new ArrayList<>(Arrays.asList(2.0, null, 3.0));
        Chart chart = Chart.of("gap", "MTTR", "", MONTHS, List.of(new Series("MTTR", values)));

        Document svg = parse(LineChart.render(chart));

        String d = ((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(d.chars().filter(ch -> ch == 'M').count()).isEqualTo(2);
        assertThat(d).doesNotContain("L");
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    void a_line_connects_every_known_value_in_order() throws Exception {
        Chart chart = Chart.of("line", "Near-misses", "", MONTHS, List.of(Series.of("Near-misses", 1, 5, 2)));

        String d = ((Element) parse(LineChart.render(chart)).getElementsByTagName("path").item(0)).getAttribute("d");

        assertThat(d).startsWith("M").contains(" L");
        assertThat(d.chars().filter(ch -> ch == 'L').count()).isEqualTo(2);
    }

    @Test
    void a_chart_without_data_says_so() {
        Chart chart = Chart.of("none", "Incidents per month", "", List.of(), List.of(new Series("Incidents", List.of())));

        assertThat(BarChart.render(chart)).contains("No data for this period");
    }

    @Test
    void the_value_axis_ends_on_a_round_number_at_or_above_the_largest_value() {
        assertThat(new Frame(Chart.of("a", "t", "", List.of("x"), List.of(Series.of("s", 3)))).top).isEqualTo(3);
        assertThat(new Frame(Chart.of("a", "t", "", List.of("x"), List.of(Series.of("s", 37)))).top).isEqualTo(40);
        assertThat(new Frame(Chart.of("a", "t", "", List.of("x"), List.of(Series.of("s", 0)))).top).isEqualTo(1);
    }

    @Test
    void a_series_with_the_wrong_number_of_values_is_refused_by_name() {
        assertThatThrownBy(() -> Chart.of("c", "t", "", MONTHS, List.of(Series.of("Late", 1, 2))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Late").hasMessageContaining("2 values for 3 categories");
    }

    @Test
    void negative_values_are_refused() {
        assertThatThrownBy(() -> Series.of("MTTR", -1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MTTR");
    }

    @Property(tries = 200)
    void any_text_in_labels_yields_well_formed_svg_that_shows_it_back(@ForAll String label) throws Exception {
        Chart chart = Chart.of("p", label.isBlank() ? "t" : label, label, List.of(label), List.of(Series.of("s", 1)));

        Document svg = parse(BarChart.render(chart));

        StringBuilder expected = new StringBuilder();
        label.codePoints().filter(Svg::allowed).forEach(expected::appendCodePoint);
        assertThat(svg.getDocumentElement().getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(expected.toString());
    }

    private static Document parse(String markup) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
    }

    private static List<Double> attributes(Document doc, String tag, String cls, String attribute) {
        List<Double> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("class").contains(cls)) {
                out.add(Double.parseDouble(e.getAttribute(attribute)));
            }
        }
        return out;
    }
}
