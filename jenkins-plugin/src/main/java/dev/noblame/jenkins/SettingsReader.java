package dev.noblame.jenkins;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values from flat configuration keys and collects every problem under the key's
 * name, so a bad configuration is reported once, completely, at start.
 */
final class SettingsReader {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private final Map<String, String> values;
    private final Map<String, String> problems = new LinkedHashMap<>();

    SettingsReader(Map<String, String> values) {
        this.values = values == null ? Map.of() : values;
    }

    Map<String, String> problems() {
        return problems;
    }

    void problem(String key, String message) {
        problems.putIfAbsent(key, message);
    }

    String text(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    URI httpUrl(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            URI uri = URI.create(v.endsWith("/") ? v : v + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problem(key, "must be an http(s) URL with a host (got '" + v + "')");
                return null;
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                problem(key, "must not carry a query, fragment or user info (got '" + v + "')");
                return null;
            }
            return uri;
        } catch (IllegalArgumentException e) {
            problem(key, "is not a URL (got '" + v + "')");
            return null;
        }
    }

    /** Accepts {@code 90m}, {@code 2h}, {@code 30s}, {@code 1d}, {@code 500ms} or ISO-8601 {@code PT2H}. */
    Duration duration(String key, Duration fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        Matcher m = SHORT_DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            problem(key, "must be a duration like 90m, 2h or PT2H (got '" + v + "')");
            return fallback;
        }
    }

    int integer(String key, int fallback, int min, int max) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                problem(key, "must be between " + min + " and " + max + " (got " + n + ")");
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "must be a whole number (got '" + v + "')");
            return fallback;
        }
    }

    boolean flag(String key, boolean fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> {
                problem(key, "must be true or false (got '" + v + "')");
                yield fallback;
            }
        };
    }
}
