package dev.noblame.language;

import dev.noblame.common.NameDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds blaming phrasing in postmortem text: counterfactuals, failure-of-a-person framing,
 * judgements, hindsight, "human error", "why did you", punitive words and naming individuals.
 * Thread-safe; build one and reuse it.
 *
 * <pre>{@code
 * List<Finding> findings = BlamelessLinter.withDefaults(NameDirectory.of(List.of("Priya Raman"))).lint(text);
 * }</pre>
 */
public final class BlamelessLinter {
    static final String NAMED_RULE = "naming.individual";

    private final RuleCatalogue catalogue;
    private final Lexicon lexicon;
    private final SubjectFinder subjects;
    private final RuleMatcher matcher;
    private final Map<String, List<Compiled>> byFirstWord = new HashMap<>();
    private final List<Compiled> byWordClass = new ArrayList<>();
    private final Rule namedRule;

    record Compiled(Rule rule, Phrase phrase) {
    }

    private BlamelessLinter(RuleCatalogue catalogue, NameDirectory names) {
        this.catalogue = catalogue;
        this.lexicon = Lexicon.withDefaults(names);
        this.subjects = new SubjectFinder(lexicon);
        this.matcher = new RuleMatcher(lexicon, subjects);
        Rule named = null;
        for (Rule r : catalogue.rules()) {
            if (r.id().equals(NAMED_RULE)) {
                named = r;
            }
            for (String p : r.phrases()) {
                Phrase phrase = Phrase.parse(p);
                Compiled c = new Compiled(r, phrase);
                if (phrase.firstWords().isEmpty()) {
                    byWordClass.add(c);
                } else {
                    for (String w : phrase.firstWords()) {
                        byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        this.namedRule = named;
    }

    /** The shipped catalogue, with no directory: first names are still recognised. */
    public static BlamelessLinter withDefaults() {
        return withDefaults(NameDirectory.empty());
    }

    public static BlamelessLinter withDefaults(NameDirectory names) {
        return new BlamelessLinter(RuleCatalogue.defaults(), names);
    }

    /** Convenience for callers holding plain names (one person per entry). */
    public static BlamelessLinter withDefaults(Collection<String> names) {
        return withDefaults(NameDirectory.of(names));
    }

    public static BlamelessLinter of(RuleCatalogue catalogue, NameDirectory names) {
        return new BlamelessLinter(catalogue, names);
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** Findings in text order. An empty or null text has none. */
    public List<Finding> lint(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens t = Tokenizer.tokenize(text);
        List<Finding> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        LineIndex lines = null;
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            List<Compiled> candidates = byFirstWord.get(t.norm[i]);
            // phrases that open with {name}/{person}/{person's} can only start on such a word
            boolean classStart = !byWordClass.isEmpty()
                    && (t.cap[i] || t.possessive[i] || lexicon.classStartWords.contains(t.norm[i]));
            if (candidates == null && !classStart) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                List<Compiled> list = pass == 0 ? candidates : (classStart ? byWordClass : null);
                if (list == null) {
                    continue;
                }
                for (Compiled c : list) {
                    int last = c.phrase().matchAt(t, i, lexicon);
                    if (last < 0) {
                        continue;
                    }
                    RuleMatcher.Verdict v = matcher.judge(c.rule(), t, i, last);
                    if (!v.flagged()) {
                        continue;
                    }
                    if (lines == null) {
                        lines = new LineIndex(text);
                    }
                    add(out, seen, lines, text, c.rule(), t.start[i], t.end[last]);
                    if (v.named() != null && namedRule != null && !c.rule().id().equals(NAMED_RULE)) {
                        add(out, seen, lines, text, namedRule, t.start[v.named().start()], t.end[v.named().end() - 1]);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::rule));
        return out;
    }

    private static void add(List<Finding> out, Set<Long> seen, LineIndex lines, String text, Rule r, int start, int end) {
        long key = ((long) start << 20) ^ r.id().hashCode();
        if (!seen.add(key)) {
            return;
        }
        String quoted = text.substring(start, end);
        out.add(new Finding(lines.line(start), lines.column(start), start, end, r.id(), r.category(), r.severity(),
                "\"" + quoted + "\": " + r.explanation(), r.suggestion()));
    }
}
