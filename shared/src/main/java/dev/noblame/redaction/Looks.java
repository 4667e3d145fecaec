package dev.noblame.redaction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks detectors use to tell a real value from a look-alike. */
final class Looks {
    private Looks() {
    }

    /** Luhn checksum over the digits of a card number. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** Issuer prefixes of the card schemes (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro). */
    static boolean cardPrefix(String d) {
        if (d.length() < 13 || d.length() > 19) {
            return false;
        }
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        return d.charAt(0) == '4'
                || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)
                || two == 34 || two == 37 || two == 36 || two == 38 || two == 30 || two == 35
                || d.startsWith("6011") || d.startsWith("65") || (four >= 6440 && four <= 6499) || two == 62
                || two == 50 || (two >= 56 && two <= 58) || two == 67;
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String s) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        int n = s.length();
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / n;
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    static int classes(String s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(?:\\$\\{?.*|<.*>|\\{\\{.*|%.*%|\\*+|x{4,}|\\.{3,}|\\[[A-Z]+-\\d+]|redacted|changeme|none|null|true|false|"
                    + "undefined|secret|password|example|placeholder|your[_-].*|env\\(.*|process\\.env.*|os\\.environ.*)$");

    /**
     * A value in a {@code secret = value} assignment is a secret when it is not a placeholder or
     * a plain word or number, and mixes characters the way generated values do. Passwords are
     * chosen by people, so they need less entropy than generated tokens.
     */
    static boolean secretValue(String value, boolean password) {
        if (PLACEHOLDER.matcher(value).matches()) {
            return false;
        }
        if (value.chars().allMatch(Character::isDigit) || value.chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '_')) {
            return false;
        }
        if (password) {
            return value.length() >= 6 && classes(value) >= 2 && entropy(value) >= 2.3;
        }
        return value.length() >= 8 && classes(value) >= 2 && entropy(value) >= 3.0;
    }

    /** Generated-looking: upper, lower and digits together (a SHA-1 in hex never has both cases). */
    static boolean mixedCaseWithDigits(String s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
        }
        return lower && upper && digit;
    }

    private static final Pattern VERSION_CONTEXT = Pattern.compile(
            "(?i)(?:version|ver|v|build|release|agent|driver|firmware|update|package|patch|sdk|runtime|kb|edition|"
                    + "\\.net|framework|chrome|edge|firefox|windows|office|os|bios|java|jdk|node|python|client|server|app|"
                    + "upgraded|upgrade|downgraded|rolled|back|forward)(?:\\s+(?:to|from|of|is|was))?\\s*[:=#]?\\s*v?$");

    /** Four numbers with dots right after "version", "build", "agent"... are a version, not an address. */
    static boolean looksLikeVersion(String text, int start) {
        if (start > 0 && (text.charAt(start - 1) == 'v' || text.charAt(start - 1) == 'V')) {
            return true;
        }
        int from = Math.max(0, start - 24);
        String before = text.substring(from, start);
        int nl = before.lastIndexOf('\n');
        if (nl >= 0) {
            before = before.substring(nl + 1);
        }
        return VERSION_CONTEXT.matcher(before).find();
    }

    static final Set<String> NOT_DOMAINS = Set.of("hklm", "hkcu", "hkcr", "hku", "hkcc", "authority", "service",
            "apppool", "builtin", "system32", "windows", "software", "system", "program", "drivers", "temp", "tmp",
            "manager", "n", "r", "t", "d", "s", "w", "b", "u", "x");

    static boolean isDomainUser(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return !NOT_DOMAINS.contains(d) && !d.startsWith("hkey");
    }

    static final Set<String> SHARED_PROFILES = Set.of("public", "default", "all users", "default user", "administrator",
            "administrators", "defaultapppool", "localservice", "networkservice", "systemprofile", "shared", "common");
}
