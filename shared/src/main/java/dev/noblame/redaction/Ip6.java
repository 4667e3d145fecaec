package dev.noblame.redaction;

/** Validates IPv6 text without name resolution: eight hex groups, or fewer with one "::". */
final class Ip6 {
    private Ip6() {
    }

    static boolean valid(String s) {
        String v = s;
        int slash = v.indexOf('/');
        if (slash >= 0) {
            v = v.substring(0, slash);
        }
        int dc = v.indexOf("::");
        if (dc >= 0 && v.indexOf("::", dc + 1) >= 0) {
            return false;
        }
        if (v.equals("::")) {
            return false;
        }
        int groups = 0;
        boolean letterOrLong = false;
        String[] parts = v.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (p.indexOf('.') >= 0) {
                if (i != parts.length - 1) {
                    return false;
                }
                groups += 2;
                continue;
            }
            if (p.length() > 4) {
                return false;
            }
            groups++;
            for (int k = 0; k < p.length(); k++) {
                if (Character.digit(p.charAt(k), 16) < 0) {
                    return false;
                }
                letterOrLong |= Character.isLetter(p.charAt(k));
            }
            letterOrLong |= p.length() >= 3;
        }
        if (dc < 0) {
            return groups == 8;
        }
        // "::" with only short decimal groups is more likely a time or a ratio than an address
        return groups <= 7 && (letterOrLong || v.startsWith("::") || groups >= 3);
    }
}
