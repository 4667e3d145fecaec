package dev.noblame.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LinterProperties {
    private static final BlamelessLinter LINTER = BlamelessLinter.withDefaults(List.of("Priya Raman"));

    @Provide
    Arbitrary<String> postmortemish() {
        Arbitrary<String> words = Arbitraries.of("the", "engineer", "Priya", "failed", "to", "should", "have", "checked",
                "script", "just", "simply", "obviously", "human", "error", "why", "did", "you", "we", "alert", "was",
                "ignored", "by", "and", "careless", "not", "didn't", "If", "had", "followed", "runbook", "on-call",
                ",", ".", "?", "\n", "\n\n- ", ";", "’", "'s", "10:02", "INC-12", "é", "日本");
        return words.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void findings_always_point_inside_the_text_with_consistent_line_and_column(@ForAll("postmortemish") String text) {
        for (Finding f : LINTER.lint(text)) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            int lineStart = text.lastIndexOf('\n', f.start() - 1) + 1;
            assertThat(f.column()).isEqualTo(f.start() - lineStart + 1);
            assertThat(f.line()).isEqualTo((int) text.substring(0, f.start()).chars().filter(c -> c == '\n').count() + 1);
            assertThat(f.message()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void arbitrary_text_never_breaks_the_linter(@ForAll String text) {
        assertThat(LINTER.lint(text)).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
    }
}
