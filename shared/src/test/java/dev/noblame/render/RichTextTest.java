package dev.noblame.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void blank_lines_separate_paragraphs_and_lines_of_one_paragraph_stay_together() {
        List<RichText.Block> blocks = RichText.parse("first line\nsecond line\n\nnext paragraph");

        assertThat(blocks).hasSize(2);
        assertThat(((RichText.Paragraph) blocks.get(0)).lines()).hasSize(2);
    }

    @Test
    void dashes_and_numbers_start_lists_and_hashes_start_headings() {
        List<RichText.Block> blocks = RichText.parse("### Steps\n1. page\n2. roll back\n- note\n* other note");

        assertThat(blocks).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Heading", "NumberedList", "BulletList");
        assertThat(((RichText.BulletList) blocks.get(2)).items()).hasSize(2);
    }

    @Test
    void strong_code_and_web_links_are_inline_markup_and_other_links_stay_text() {
        List<RichText.Inline> inlines = RichText.inline("**502** from `pool.max`, see [dash](https://x.example/d) or [bad](javascript:alert(1))");

        assertThat(inlines).contains(new RichText.Strong("502"), new RichText.Code("pool.max"), new RichText.Link("dash", "https://x.example/d"));
        assertThat(inlines).noneMatch(i -> i instanceof RichText.Link l && l.url().startsWith("javascript"));
        assertThat(RichText.plain(inlines)).contains("[bad](javascript:alert(1))");
    }

    @Test
    void angle_brackets_are_just_text() {
        assertThat(RichText.inline("<b>x</b>")).containsExactly(new RichText.Plain("<b>x</b>"));
    }
}
