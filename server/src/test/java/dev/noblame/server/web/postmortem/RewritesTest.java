package dev.noblame.server.web.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.language.BlamelessLinter;
import dev.noblame.language.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewritesTest {
    private final Rewrites table = Rewrites.load();
    private final BlamelessLinter linter = BlamelessLinter.withDefaults();

    @Test
    void a_named_person_is_replaced_by_the_role_with_a_capital_at_the_start_of_a_sentence() {
        String text = "Bob ignored the disk alert.";
        Finding naming = linter.lint(text).stream().filter(f -> f.rule().equals("naming.individual")).findFirst().orElseThrow();

        String rewrite = table.of(naming, text.substring(naming.start(), naming.end())).orElseThrow();

        assertThat(Rewrites.apply(text, naming.start(), naming.end(), rewrite)).isEqualTo("The on-call engineer ignored the disk alert.");
    }

    @Test
    void a_removed_word_takes_one_space_with_it() {
        assertThat(Rewrites.apply("We simply restarted it.", 3, 9, "")).isEqualTo("We restarted it.");
        assertThat(Rewrites.apply("It was done, clearly.", 13, 20, "")).isEqualTo("It was done,.");
        assertThat(Rewrites.apply("Obviously the cache was cold.", 0, 9, "")).isEqualTo("The cache was cold.");
    }

    @Test
    void a_rewrite_matches_the_rule_and_the_flagged_words_only() {
        String text = "Root cause: human error during the change.";
        Finding f = linter.lint(text).get(0);

        assertThat(table.of(f, "human error")).contains("a slip the setup made likely");
        assertThat(table.of(f, "something else")).isEmpty();
    }

    @Test
    void every_rule_named_in_the_table_exists_in_the_linter_catalogue() {
        List<String> ids = linter.catalogue().rules().stream().map(r -> r.id()).toList();

        assertThat(table.entries()).allSatisfy(e -> assertThat(ids).contains(e.rule()));
    }

    @Test
    void a_malformed_line_is_refused_with_its_number() {
        assertThatThrownBy(() -> Rewrites.parse(List.of("# comment", "naming.individual the on-call engineer")))
                .hasMessageContaining("line 2");
    }

    @Test
    void the_table_reaches_the_browser_as_json() {
        assertThat(table.json()).startsWith("[{\"rule\":\"naming.individual\",\"phrase\":null,\"replacement\":\"the on-call engineer\"}");
    }
}
