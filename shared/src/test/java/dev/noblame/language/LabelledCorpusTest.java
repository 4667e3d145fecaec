package dev.noblame.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the linter on a labelled corpus of realistic postmortem sentences (corpus.tsv):
 * recall on the blameful ones and the false-positive rate on the blameless ones. A sentence
 * counts as flagged when it has at least one finding of any severity.
 */
class LabelledCorpusTest {
    record Sample(boolean blameful, String sentence) {
    }

    private static final List<Sample> CORPUS = new ArrayList<>();
    private static final BlamelessLinter LINTER = BlamelessLinter.withDefaults();

    @BeforeAll
    static void load() throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(LabelledCorpusTest.class.getResourceAsStream("corpus.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (!parts[0].equals("blameful") && !parts[0].equals("blameless")) {
                    throw new IllegalStateException("corpus line without a label: " + line);
                }
                CORPUS.add(new Sample(parts[0].equals("blameful"), parts[1]));
            }
        }
    }

    @Test
    void the_corpus_has_at_least_200_sentences_of_both_kinds() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(200);
        assertThat(CORPUS.stream().filter(Sample::blameful).count()).isGreaterThanOrEqualTo(80);
        assertThat(CORPUS.stream().filter(s -> !s.blameful()).count()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void recall_is_at_least_90_percent_and_false_positive_rate_at_most_10_percent() {
        int blameful = 0;
        int caught = 0;
        int blameless = 0;
        int falseAlarms = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Sample s : CORPUS) {
            List<Finding> findings = LINTER.lint(s.sentence());
            if (s.blameful()) {
                blameful++;
                if (findings.isEmpty()) {
                    misses.add(s.sentence());
                } else {
                    caught++;
                }
            } else {
                blameless++;
                if (!findings.isEmpty()) {
                    falseAlarms++;
                    wrong.add(s.sentence() + "  <- " + findings.stream().map(Finding::rule).toList());
                }
            }
        }
        double recall = (double) caught / blameful;
        double fpr = (double) falseAlarms / blameless;
        System.out.printf("blameless-language corpus: %d blameful, %d blameless; recall %.3f (%d/%d), false-positive rate %.3f (%d/%d)%n",
                blameful, blameless, recall, caught, blameful, fpr, falseAlarms, blameless);
        misses.forEach(m -> System.out.println("  missed:        " + m));
        wrong.forEach(w -> System.out.println("  false alarm:   " + w));
        assertThat(recall).as("recall on blameful sentences").isGreaterThanOrEqualTo(0.90);
        assertThat(fpr).as("false-positive rate on blameless sentences").isLessThanOrEqualTo(0.10);
    }
}
