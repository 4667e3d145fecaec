package dev.noblame.server.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.incident.IncidentId;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.Section;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingVerdictsTest {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final String BLAMING = "Bob was careless and should have known better than to run the script.";
    static final String FACTUAL = "The deploy script ran against production because the target defaulted to it.";

    private final BlamelessLinter linter = BlamelessLinter.withDefaults(List.of("Bob"));
    private final WordingVerdicts verdicts = new WordingVerdicts(linter);

    private static Postmortem written(String text, Instant at) {
        return Postmortem.start(IncidentId.of(7), T0).withSection(Section.SUMMARY, text, "ana", at);
    }

    @Test
    void a_postmortem_is_judged_by_its_wording_and_judged_again_once_it_is_edited() {
        assertThat(linter.lint(BLAMING)).anyMatch(f -> f.isError());
        assertThat(verdicts.ok(written(BLAMING, T0.plusSeconds(60)))).isFalse();

        assertThat(verdicts.ok(written(FACTUAL, T0.plusSeconds(120)))).as("edited: updatedAt moved").isTrue();
    }

    @Test
    void the_same_version_is_not_linted_again() {
        verdicts.ok(written(FACTUAL, T0.plusSeconds(60)));

        // a different text with the same updatedAt cannot happen in the product; here it shows the verdict was remembered
        assertThat(verdicts.ok(written(BLAMING, T0.plusSeconds(60)))).isTrue();
    }
}
