package dev.noblame.redaction;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector made of a regular expression, the group that holds the value (0 for the whole
 * match) and a check that rejects look-alikes (Luhn for cards, entropy for generic secrets).
 *
 * @param description what it finds, in words, for the catalogue
 */
public record PatternDetector(String name, DataKind kind, String description, Pattern pattern, int group,
                              Predicate<Candidate> check) implements Detector {

    /** A regex match under consideration: the whole text, the match and the value group. */
    public record Candidate(String text, Matcher match, String value, int start, int end) {
    }

    public static PatternDetector of(String name, DataKind kind, String description, String regex) {
        return new PatternDetector(name, kind, description, Pattern.compile(regex), 0, c -> true);
    }

    public PatternDetector group(int g) {
        return new PatternDetector(name, kind, description, pattern, g, check);
    }

    public PatternDetector when(Predicate<Candidate> extra) {
        return new PatternDetector(name, kind, description, pattern, group, check.and(extra));
    }

    @Override
    public void detect(String text, Consumer<Detection> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int s = m.start(group);
            int e = m.end(group);
            if (s < 0 || e <= s) {
                continue;
            }
            String value = text.substring(s, e);
            if (check.test(new Candidate(text, m, value, s, e))) {
                found.accept(new Detection(this, s, e, key(value)));
            }
        }
    }

    /** The same value gets the same replacement: emails ignore case, numbers ignore spacing. */
    private String key(String value) {
        return switch (kind) {
            case EMAIL, USER, NAME -> value.toLowerCase(Locale.ROOT);
            case PHONE, CARD -> value.replaceAll("\\D", "");
            case IP -> value.toLowerCase(Locale.ROOT);
            default -> value;
        };
    }
}
