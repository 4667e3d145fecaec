package dev.noblame.evidence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one byte-exact JSON form that evidence hashes and checkpoint signatures are computed
 * over. A verifier written in any language can reproduce it from this description, so it is
 * deliberately small (a subset of RFC 8785, JSON Canonicalization Scheme):
 * <ul>
 *   <li>Encoding: UTF-8. No whitespace anywhere outside strings.</li>
 *   <li>Objects: members sorted by key, comparing keys as sequences of UTF-16 code units
 *       (Java's {@link String#compareTo}, as RFC 8785 §3.2.3). Keys are unique and non-null.</li>
 *   <li>Strings: wrapped in {@code "}; {@code "} and {@code \} are escaped as {@code \"} and
 *       {@code \\}; U+0008, U+0009, U+000A, U+000C, U+000D as {@code \b \t \n \f \r}; every
 *       other code point below U+0020 as a six-character escape (backslash, {@code u00} and two
 *       lower-case hex digits); everything else,
 *       including non-ASCII and {@code /}, is written as itself. Unpaired surrogates cannot be
 *       written in UTF-8, so {@link #text} replaces each with U+FFFD before an entry is hashed
 *       (what is stored is what was hashed).</li>
 *   <li>Numbers: integers only (Java {@code int}/{@code long}), in plain decimal, with a
 *       leading {@code -} when negative and no leading zeros, exponent or fraction. Floating
 *       point is refused: its text form is where canonical JSON schemes disagree.</li>
 *   <li>Literals: {@code true}, {@code false}, {@code null}.</li>
 *   <li>Timestamps: strings in UTC, always with six fractional digits,
 *       {@code 2026-12-04T15:29:27.123400Z}. Microseconds because PostgreSQL keeps no more:
 *       a timestamp read back from the database must hash the same ({@link #instant}).</li>
 *   <li>Arrays: elements in their given order, separated by {@code ,}.</li>
 * </ul>
 */
public final class CanonicalJson {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalJson() {
    }

    /** Writes a tree of maps, lists, strings, integers, booleans, instants and nulls. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    /** The precision evidence keeps: microseconds, truncated. */
    public static Instant instant(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The text as it can be written in UTF-8: unpaired surrogates become U+FFFD. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder fixed = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (fixed != null) {
                    fixed.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (fixed == null) {
                    fixed = new StringBuilder(s.length()).append(s, 0, i);
                }
                fixed.append('\uFFFD');
            } else if (fixed != null) {
                fixed.append(c);
            }
        }
        return fixed == null ? s : fixed.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Instant at) {
            timestamp(at, out);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(element, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("canonical JSON has no form for " + value.getClass().getName()
                    + " (only maps, lists, strings, integers, booleans, instants and null)");
        }
    }

    /** Fixed-width fields written by hand for the common years: the formatter costs more than the hash. */
    private static void timestamp(Instant at, StringBuilder out) {
        Instant t = instant(at);
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            string(TIMESTAMP.format(t), out);
            return;
        }
        out.append('"').append(d.getYear()).append('-');
        pad(d.getMonthValue(), 2, out).append('-');
        pad(d.getDayOfMonth(), 2, out).append('T');
        pad(d.getHour(), 2, out).append(':');
        pad(d.getMinute(), 2, out).append(':');
        pad(d.getSecond(), 2, out).append('.');
        pad(d.getNano() / 1000, 6, out).append("Z\"");
    }

    private static StringBuilder pad(int value, int width, StringBuilder out) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String k)) {
                throw new IllegalArgumentException("canonical JSON object keys must be strings (got " + key + ")");
            }
            keys.add(k);
        }
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(keys.get(i), out);
            out.append(':');
            write(map.get(keys.get(i)), out);
        }
        out.append('}');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
