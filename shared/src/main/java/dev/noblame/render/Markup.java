package dev.noblame.render;

/**
 * Escaping for HTML and XML (Confluence storage format is XHTML). One escaper for text and
 * attribute values: {@code & < > " '} become entities, and characters XML 1.0 cannot carry at
 * all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, because even as an entity
 * they would make the page unparseable.
 */
public final class Markup {
    private Markup() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = replacement(s, i, c);
            if (rep == null) {
                if (out != null) {
                    out.append(c);
                    if (Character.isHighSurrogate(c)) {
                        out.append(s.charAt(++i));
                    }
                } else if (Character.isHighSurrogate(c)) {
                    i++;
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16).append(s, 0, i);
            }
            out.append(rep);
        }
        return out == null ? s : out.toString();
    }

    /** Null when the character (or the surrogate pair starting at i) can be written as it is. */
    private static String replacement(String s, int i, char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            default:
                break;
        }
        if (c < 0x20) {
            // a raw CR would be folded into LF by any XML parser; as a reference it survives
            return c == '\t' || c == '\n' ? null : c == '\r' ? "&#13;" : "\uFFFD";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\uFFFD";
        }
        if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return "\uFFFD";
        }
        return null;
    }
}
