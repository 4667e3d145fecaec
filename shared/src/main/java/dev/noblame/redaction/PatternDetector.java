package dev.noblame.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector made of a regular expression, the group that holds the value (0 for the whole
 * match) and a check that rejects look-alikes (Luhn for cards, entropy for generic secrets).
 *
 * <p>Speed: a regex tried at every position of a megabyte costs tens of milliseconds, so most
 * detectors name anchors (a literal every match contains, e.g. "AKIA" or "@") or a minimum run
 * of digits. The regex then runs only in small windows around those, with transparent bounds so
 * look-behinds still see the text before a window.
 *
 * @param description what it finds, in words, for the catalogue
 */
public record PatternDetector(String name, DataKind kind, String description, Pattern pattern, int group,
                              Predicate<Candidate> check, Window window) implements Detector {

    /** A regex match under consideration: the whole text, the match and the value group. */
    public record Candidate(String text, Matcher match, String value, int start, int end) {
    }

    /**
     * Where to run the regex: around each anchor (ASCII case-insensitive when asked), from
     * {@code before} characters before it to {@code after} characters after it (-1: to the end),
     * or around runs of at least {@code minDigits} digits. No anchors and no digits: everywhere.
     */
    public record Window(List<String> anchors, boolean ignoreCase, int before, int after, int minDigits, int minBase64) {
        static final Window EVERYWHERE = new Window(List.of(), false, 0, 0, 0, 0);

        boolean everywhere() {
            return anchors.isEmpty() && minDigits == 0 && minBase64 == 0;
        }
    }

    public static PatternDetector of(String name, DataKind kind, String description, String regex) {
        return new PatternDetector(name, kind, description, Pattern.compile(regex), 0, c -> true, Window.EVERYWHERE);
    }

    public PatternDetector group(int g) {
        return new PatternDetector(name, kind, description, pattern, g, check, window);
    }

    public PatternDetector when(Predicate<Candidate> extra) {
        return new PatternDetector(name, kind, description, pattern, group, check.and(extra), window);
    }

    /** Runs only around these literals (matched exactly). */
    public PatternDetector near(int before, int after, String... anchors) {
        return new PatternDetector(name, kind, description, pattern, group, check, new Window(List.of(anchors), false, before, after, 0, 0));
    }

    /** Runs only around these literals, ignoring ASCII case (give them in lower case). */
    public PatternDetector nearIgnoringCase(int before, int after, String... anchors) {
        return new PatternDetector(name, kind, description, pattern, group, check, new Window(List.of(anchors), true, before, after, 0, 0));
    }

    /** Runs only around runs of at least this many digits (separated by at most one space, dash, dot or bracket). */
    public PatternDetector nearDigits(int minDigits) {
        return new PatternDetector(name, kind, description, pattern, group, check, new Window(List.of(), false, 4, 4, minDigits, 0));
    }

    /** Runs only around unbroken runs of at least this many base64 characters. */
    public PatternDetector nearBase64Runs(int minLength) {
        return new PatternDetector(name, kind, description, pattern, group, check, new Window(List.of(), false, 1, 3, 0, minLength));
    }

    @Override
    public void detect(String text, Consumer<Detection> found) {
        Matcher m = pattern.matcher(text);
        if (window.everywhere()) {
            scan(text, m, 0, text.length(), found, -1);
            return;
        }
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int lastEnd = -1;
        for (int[] w : windows(text)) {
            lastEnd = scan(text, m, Math.max(w[0], lastEnd), w[1], found, lastEnd);
        }
    }

    private int scan(String text, Matcher m, int from, int to, Consumer<Detection> found, int lastEnd) {
        if (from >= to) {
            return lastEnd;
        }
        m.region(from, to);
        while (m.find()) {
            int s = m.start(group);
            int e = m.end(group);
            if (s < 0 || e <= s || s < lastEnd) {
                continue;
            }
            String value = text.substring(s, e);
            if (check.test(new Candidate(text, m, value, s, e))) {
                found.accept(new Detection(this, s, e, key(value)));
                lastEnd = e;
            }
        }
        return lastEnd;
    }

    /** Merged, sorted windows where the regex may match. */
    private List<int[]> windows(String text) {
        List<int[]> raw = new ArrayList<>();
        int n = text.length();
        if (window.minDigits() > 0) {
            digitRuns(text, raw);
        } else if (window.minBase64() > 0) {
            base64Runs(text, raw);
        } else {
            String hay = window.ignoreCase() ? asciiLower(text) : text;
            for (String a : window.anchors()) {
                for (int p = hay.indexOf(a); p >= 0; p = hay.indexOf(a, p + 1)) {
                    raw.add(new int[] {Math.max(0, p - window.before()), window.after() < 0 ? n : Math.min(n, p + a.length() + window.after())});
                }
            }
        }
        raw.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : raw) {
            if (!merged.isEmpty() && w[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }

    private void digitRuns(String text, List<int[]> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            int digits = 0;
            int e = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    digits++;
                    i++;
                    e = i;
                } else if ((c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') && i + 1 < n
                        && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '(' || text.charAt(i + 1) == ' ')) {
                    i++;
                } else {
                    break;
                }
            }
            if (digits >= window.minDigits()) {
                out.add(new int[] {Math.max(0, s - window.before()), Math.min(n, e + window.after())});
            }
            i = Math.max(i, e + 1);
        }
    }

    private void base64Runs(String text, List<int[]> out) {
        int n = text.length();
        int s = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (b64 && s < 0) {
                s = i;
            } else if (!b64 && s >= 0) {
                if (i - s >= window.minBase64()) {
                    out.add(new int[] {Math.max(0, s - window.before()), Math.min(n, i + window.after())});
                }
                s = -1;
            }
        }
    }

    /** Lower-cases A-Z only, so offsets stay those of the original text. */
    private static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    /** The same value gets the same replacement: emails ignore case, numbers ignore spacing. */
    private String key(String value) {
        return switch (kind) {
            case EMAIL, USER, NAME, IP -> value.toLowerCase(Locale.ROOT);
            case PHONE, CARD -> value.replaceAll("\\D", "");
            default -> value;
        };
    }
}
