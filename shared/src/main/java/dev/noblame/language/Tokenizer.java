package dev.noblame.language;

import java.util.Locale;

/** Cuts text into {@link Tokens} in one pass. */
final class Tokenizer {
    private Tokenizer() {
    }

    static Tokens tokenize(String text) {
        Tokens t = new Tokens();
        int n = text.length();
        int i = 0;
        boolean first = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (i + 1 < n && isJoiner(d, text.charAt(i - 1), text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                word(t, text, s, i, first);
                first = false;
            } else if (c == '.' || c == '!' || c == '?') {
                int s = i;
                while (i < n && (text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?')) {
                    i++;
                }
                // "e.g." and "example.com" are not sentence ends: a real one is followed by space or the end
                if (i >= n || Character.isWhitespace(text.charAt(i)) || isQuote(text.charAt(i)) || text.charAt(i) == ')') {
                    if (c == '?' || text.substring(s, i).indexOf('?') >= 0) {
                        markQuestion(t);
                    }
                    sentence(t, s, i);
                    first = true;
                }
            } else if (c == '\n') {
                i++;
                if (startsNewItem(text, i)) {
                    sentence(t, i - 1, i);
                    first = true;
                }
            } else if (c == ',') {
                t.add(Tokens.COMMA, i, i + 1, ",", false, false, false, false);
                i++;
            } else if (c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '—' || c == '–' || isQuote(c)) {
                t.add(Tokens.CLAUSE, i, i + 1, String.valueOf(c), false, false, false, false);
                i++;
            } else if (c == '-' && i > 0 && i + 1 < n && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1))) {
                t.add(Tokens.CLAUSE, i, i + 1, "-", false, false, false, false);
                i++;
            } else {
                i++;
            }
        }
        return t;
    }

    /** Characters that join a word when letters or digits stand on both sides: on-call, didn't, 10:02, 1.2.3. */
    private static boolean isJoiner(char d, char before, char after) {
        if (!Character.isLetterOrDigit(after)) {
            return false;
        }
        return switch (d) {
            case '-', '\'', '’', '_' -> true;
            case '.', ':', ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    /** A line break ends a sentence when a blank line, a list item, a heading or a table row follows. */
    private static boolean startsNewItem(String text, int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char c = text.charAt(j);
        if (c == '\n' || c == '-' || c == '*' || c == '#' || c == '|' || c == '>' || c == '+' || c == '•') {
            return true;
        }
        if (Character.isDigit(c)) {
            int k = j;
            while (k < text.length() && Character.isDigit(text.charAt(k))) {
                k++;
            }
            return k < text.length() && (text.charAt(k) == '.' || text.charAt(k) == ')');
        }
        return false;
    }

    private static void sentence(Tokens t, int s, int e) {
        if (t.size > 0 && t.kind[t.size - 1] == Tokens.SENTENCE) {
            return;
        }
        t.add(Tokens.SENTENCE, s, e, ".", false, false, false, false);
    }

    private static void markQuestion(Tokens t) {
        for (int j = t.size - 1; j >= 0 && t.kind[j] != Tokens.SENTENCE; j--) {
            t.question[j] = true;
        }
    }

    private static void word(Tokens t, String text, int s, int e, boolean first) {
        char first0 = text.charAt(s);
        boolean capital = Character.isUpperCase(first0);
        boolean upper = e - s >= 2 && capital && isAllUpper(text, s, e);
        String lower = lower(text, s, e);
        byte kind = Character.isDigit(first0) ? Tokens.NUMBER : Tokens.WORD;
        int apos = lower.indexOf('\'');
        if (apos < 0) {
            t.add(kind, s, e, lower, capital, upper, false, first);
            return;
        }
        // contractions: the stem keeps its offsets, the expansion points at the suffix
        if (lower.endsWith("n't")) {
            String stem = switch (lower) {
                case "can't" -> "can";
                case "won't" -> "will";
                case "shan't" -> "shall";
                case "ain't" -> "is";
                default -> lower.substring(0, lower.length() - 3);
            };
            int cut = e - 3;
            t.add(kind, s, cut, stem, capital, upper, false, first);
            t.add(Tokens.WORD, cut, e, "not", false, false, false, false);
            return;
        }
        String suffix = lower.substring(apos);
        String stem = lower.substring(0, apos);
        String expansion = switch (suffix) {
            case "'ve" -> "have";
            case "'ll" -> "will";
            case "'d" -> "would";
            case "'re" -> "are";
            case "'m" -> "am";
            default -> null;
        };
        if (expansion != null) {
            t.add(kind, s, s + apos, stem, capital, upper, false, first);
            t.add(Tokens.WORD, s + apos, e, expansion, false, false, false, false);
        } else if (suffix.equals("'s") || suffix.equals("'")) {
            t.add(kind, s, e, stem, capital, upper, true, first);
        } else {
            t.add(kind, s, e, lower, capital, upper, false, first);
        }
    }

    /** Lower case in one pass (ASCII fast path), with the typographic apostrophe made plain. */
    private static String lower(String text, int s, int e) {
        char[] out = new char[e - s];
        boolean ascii = true;
        for (int k = s; k < e; k++) {
            char ch = text.charAt(k);
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            } else if (ch == '’') {
                ch = '\'';
            } else if (ch >= 128) {
                ascii = false;
            }
            out[k - s] = ch;
        }
        String lower = new String(out);
        return ascii ? lower : lower.toLowerCase(Locale.ROOT);
    }

    private static boolean isAllUpper(String text, int s, int e) {
        boolean letter = false;
        for (int k = s; k < e; k++) {
            char ch = text.charAt(k);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter;
    }
}
