package dev.noblame.redaction;

import dev.noblame.common.NameDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names from the organisation's directory. A full name matches in any case; a single
 * part ("Priya", "Raman") matches when written with its capital, unless it is also a common
 * English word ("Will", "Grant"), which only counts inside the full name. Every form of one
 * person shares one key, so "Priya Raman" and "Priya" both become [NAME-1].
 */
public final class NameDetector implements Detector {
    private static final Set<String> COMMON_WORDS = Set.of("will", "may", "mark", "bill", "grant", "chase", "rob", "sue",
            "pat", "june", "april", "august", "frank", "jack", "art", "max", "ray", "rose", "dawn", "joy", "faith", "hope",
            "summer", "lane", "page", "king", "young", "white", "black", "brown", "green", "long", "little", "hall",
            "wood", "stone", "price", "bell", "cook", "ward", "baker", "hill", "moore", "rich", "gay", "major", "read",
            "post", "case", "day", "park", "lee", "love", "son", "north", "west", "south", "east", "well", "wells", "field",
            "fields", "banks", "bank", "cash", "carter", "ford", "drew", "miles", "nick", "guy", "don", "ken");

    private final NameDirectory directory;
    private final Pattern pattern;

    public NameDetector(NameDirectory directory) {
        this.directory = directory;
        this.pattern = directory.isEmpty() ? null : compile(directory);
    }

    @Override
    public String name() {
        return "directory-name";
    }

    @Override
    public DataKind kind() {
        return DataKind.NAME;
    }

    @Override
    public void detect(String text, Consumer<Detection> found) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String value = m.group();
            int person = personOf(value);
            if (person >= 0) {
                found.accept(new Detection(this, m.start(), m.end(), "person-" + person));
            }
        }
    }

    private int personOf(String value) {
        String norm = value.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<String> people = directory.people();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).toLowerCase(Locale.ROOT).equals(norm)) {
                return i;
            }
        }
        return directory.personOf(norm);
    }

    private static Pattern compile(NameDirectory directory) {
        List<String> full = new ArrayList<>(directory.people());
        full.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}_])(?:");
        boolean first = true;
        for (String name : full) {
            re.append(first ? "" : "|").append("(?i:").append(quoteSpaced(name)).append(")");
            first = false;
        }
        for (String name : directory.people()) {
            for (String part : name.split(" ")) {
                if (part.length() >= 3 && directory.isNamePart(part) && !COMMON_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                    String capital = Character.toUpperCase(part.charAt(0)) + part.substring(1);
                    re.append("|").append(Pattern.quote(capital));
                }
            }
        }
        re.append(")(?![\\p{L}\\p{N}_])");
        return Pattern.compile(re.toString());
    }

    private static String quoteSpaced(String name) {
        StringBuilder b = new StringBuilder();
        String[] parts = name.split(" ");
        for (int i = 0; i < parts.length; i++) {
            b.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
        }
        return b.toString();
    }
}
