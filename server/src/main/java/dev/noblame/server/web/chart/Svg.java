package dev.noblame.server.web.chart;

import java.util.Locale;

/** Small helpers for writing SVG by hand: escaping and compact numbers. */
final class Svg {
    private Svg() {
    }

    /**
     * Escapes text for element content and double-quoted attribute values alike, and drops what
     * XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE and U+FFFF).
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static boolean allowed(int c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    static String num(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
