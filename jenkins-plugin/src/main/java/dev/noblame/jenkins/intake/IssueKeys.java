package dev.noblame.jenkins.intake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jira issue keys in branch names and commit messages (DESIGN §5); the library uses the same pattern. */
public final class IssueKeys {
    public static final Pattern KEY = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Digit}_]{1,255}-\\p{Digit}{1,100}");
    private static final int MAX_KEYS = 100;

    private IssueKeys() {
    }

    /** Distinct keys in order of first appearance, at most 100. */
    public static List<String> in(Iterable<String> texts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = KEY.matcher(text);
            while (m.find() && keys.size() < MAX_KEYS) {
                keys.add(m.group());
            }
        }
        return List.copyOf(keys);
    }

    public static boolean isKey(String s) {
        return s != null && KEY.matcher(s).matches();
    }
}
