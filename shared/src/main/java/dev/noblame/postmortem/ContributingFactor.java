package dev.noblame.postmortem;

import dev.noblame.common.Checks;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A condition that contributed: a category, what it was, and tags such as {@code workaround},
 * {@code normalised-deviance}, {@code release}, {@code vendor}. It describes a condition,
 * never a person. The category plus a tag is what repeat-incident detection matches on.
 */
public record ContributingFactor(FactorCategory category, String text, Set<String> tags) {
    public ContributingFactor {
        Checks.start().notNull(category, "category").notBlank(text, "text").maxLength(text, 2000, "text").orThrow();
        text = text.strip();
        TreeSet<String> normalised = new TreeSet<>();
        if (tags != null) {
            for (String t : tags) {
                if (t != null && !t.isBlank()) {
                    normalised.add(t.strip().toLowerCase(Locale.ROOT).replace(' ', '-'));
                }
            }
        }
        tags = java.util.Collections.unmodifiableSortedSet(normalised);
    }

    public static ContributingFactor of(FactorCategory category, String text, String... tags) {
        return new ContributingFactor(category, text, Set.of(tags));
    }

    /** The keys repeat detection compares: {@code technology} and {@code technology:workaround}, ... */
    public Set<String> matchKeys() {
        TreeSet<String> keys = new TreeSet<>();
        String c = dev.noblame.common.Wire.name(category);
        for (String t : tags) {
            keys.add(c + ":" + t);
        }
        return keys;
    }
}
