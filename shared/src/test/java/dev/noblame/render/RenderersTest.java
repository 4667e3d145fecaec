package dev.noblame.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderersTest {
    private static final String HOSTILE = "<script>alert(1)</script> & [x](javascript:alert(1)) **bold**";

    @Test
    void markdown_shows_the_page_properties_sections_timeline_and_actions() {
        String md = MarkdownRenderer.render(PostmortemFixtures.checkoutOutage());

        assertThat(md).startsWith("# INC-42: Checkout returned 502 after a config rollout")
                .contains("| Severity | SEV2 |", "| TTD minutes | 7 |", "| TTR minutes | 38 |",
                        "## Summary", "- 12% of requests failed", "## Timeline", "| 2026-03-01 14:00 UTC | Release reached production | jenkins |",
                        "| ACT-1 | Add a load test | payments team | 2026-03-29 | open |");
    }

    @Test
    void markdown_turns_no_input_into_html_or_a_link() {
        String md = MarkdownRenderer.render(PostmortemFixtures.withText(1, HOSTILE, HOSTILE));

        assertThat(md).doesNotContain("<script>").doesNotContain("](javascript").contains("&lt;script&gt;").contains("**bold**");
    }

    @Test
    void html_escapes_every_value_and_keeps_only_safe_links() {
        String html = HtmlRenderer.page(PostmortemFixtures.withText(1, HOSTILE, HOSTILE));

        assertThat(html).doesNotContain("<script>").doesNotContain("href=\"javascript").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<strong>bold</strong>");
    }

    @Test
    void html_renders_section_lists_and_safe_links() {
        String html = HtmlRenderer.fragment(PostmortemFixtures.withText(1, "t", "see [dash](https://grafana.example.com/x)\n- a\n- b"));

        assertThat(html).contains("<a href=\"https://grafana.example.com/x\">dash</a>").contains("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
    }

    @Test
    void markup_escaping_replaces_characters_xml_cannot_carry() {
        assertThat(Markup.escape("a\u0000b\uD800c\r")).isEqualTo("a\uFFFDb\uFFFDc&#13;");
        assertThat(Markup.escape("\uD83D\uDE00 ok")).isEqualTo("\uD83D\uDE00 ok");
    }
}
