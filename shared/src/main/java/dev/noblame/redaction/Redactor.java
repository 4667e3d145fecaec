package dev.noblame.redaction;

import dev.noblame.common.NameDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets and personal data with stable placeholders before text leaves NoBlame.
 * The same value gets the same placeholder throughout one document ([EMAIL-1] twice for the
 * same address), so the narrative stays readable. Values a postmortem needs (ticket keys,
 * commit SHAs, UUIDs, versions, KB and build numbers, timestamps) are protected from the
 * personal-data detectors. Thread-safe.
 *
 * <pre>{@code
 * Redaction r = Redactor.withDefaults(NameDirectory.read(path)).redact(text);
 * }</pre>
 */
public final class Redactor {
    /** Spans personal-data detectors must leave alone. Secrets are still found inside them. */
    private static final Pattern PROTECTED = Pattern.compile(String.join("|",
            "(?<![\\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\\w-])",
            "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
            "\\b\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\b",
            "\\b\\p{Lu}[\\p{Lu}\\p{Digit}_]{1,255}-\\p{Digit}{1,100}\\b",
            "(?i)\\bKB\\s?\\d{6,8}\\b",
            "(?i)\\b(?:build|job|run|pipeline|release|change|chg|pr|mr)\\s*#?\\s*\\d+\\b",
            "#\\d+\\b",
            "(?<![\\w.])v?\\d+\\.\\d+\\.\\d+(?:[-+][\\w.]+)?(?![\\w]|\\.\\d)",
            "\\b(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\\b",
            "(?i)\\bcard\\s+(?:ending|ending\\s+in|ends\\s+in|last\\s+(?:4|four))\\s*:?\\s*\\d{4}\\b"));

    /** Longest protected value that could reach into a detection from outside it (a 40-hex SHA, a timestamp). */
    private static final int PROTECTED_REACH = 64;

    private final List<Detector> secrets;
    private final List<Detector> personal;

    private Redactor(List<Detector> secrets, List<Detector> personal) {
        this.secrets = List.copyOf(secrets);
        this.personal = List.copyOf(personal);
    }

    public static Redactor withDefaults() {
        return withDefaults(NameDirectory.empty());
    }

    public static Redactor withDefaults(NameDirectory names) {
        List<Detector> p = new ArrayList<>(Detectors.PERSONAL);
        p.add(new NameDetector(names == null ? NameDirectory.empty() : names));
        return new Redactor(new ArrayList<>(Detectors.SECRETS), p);
    }

    public static Redactor withDefaults(Collection<String> names) {
        return withDefaults(NameDirectory.of(names));
    }

    /** Every detector in use, secrets first. */
    public List<Detector> detectors() {
        List<Detector> all = new ArrayList<>(secrets);
        all.addAll(personal);
        return all;
    }

    public Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text == null ? "" : text, List.of());
        }
        List<Detection> accepted = new ArrayList<>();
        accept(accepted, collect(secrets, text));
        List<Detection> personalFound = collect(personal, text);
        personalFound.removeIf(d -> isProtected(text, d));
        accept(accepted, personalFound);
        accepted.sort(Comparator.comparingInt(Detection::start));
        return apply(text, accepted);
    }

    private static List<Detection> collect(List<Detector> detectors, String text) {
        List<Detection> found = new ArrayList<>();
        for (Detector d : detectors) {
            d.detect(text, found::add);
        }
        // earliest first; at one position the longest wins (the whole key block, not a piece of it)
        found.sort(Comparator.comparingInt(Detection::start).thenComparing(Comparator.comparingInt(Detection::length).reversed()));
        return found;
    }

    /**
     * Keeps candidates (sorted by start) that overlap neither an earlier choice nor a protected
     * span. Both blocked lists are sorted by start, so one sweep does it: linear, not quadratic,
     * for megabyte documents with thousands of timestamps and SHAs.
     */
    private static void accept(List<Detection> accepted, List<Detection> candidates) {
        List<int[]> blocked = new ArrayList<>(accepted.size());
        for (Detection d : accepted) {
            blocked.add(new int[] {d.start(), d.end()});
        }
        blocked.sort(Comparator.comparingInt((int[] x) -> x[0]));
        int b = 0;
        int maxEnd = -1; // the furthest end among blocked spans starting at or before the candidate
        int lastEnd = -1;
        for (Detection d : candidates) {
            while (b < blocked.size() && blocked.get(b)[0] <= d.start()) {
                maxEnd = Math.max(maxEnd, blocked.get(b)[1]);
                b++;
            }
            boolean overlaps = maxEnd > d.start() || (b < blocked.size() && blocked.get(b)[0] < d.end());
            if (d.start() < lastEnd || overlaps) {
                continue;
            }
            accepted.add(d);
            lastEnd = d.end();
        }
    }

    /** True when a protected value (timestamp, SHA, ticket key...) overlaps the detection; checked in a window around it. */
    private static boolean isProtected(String text, Detection d) {
        Matcher m = PROTECTED.matcher(text);
        m.useTransparentBounds(true);
        m.region(Math.max(0, d.start() - PROTECTED_REACH), Math.min(text.length(), d.end() + PROTECTED_REACH));
        while (m.find()) {
            if (m.start() < d.end() && d.start() < m.end()) {
                return true;
            }
            if (m.start() >= d.end()) {
                return false;
            }
        }
        return false;
    }

    private static Redaction apply(String text, List<Detection> detections) {
        Map<DataKind, Integer> counters = new EnumMap<>(DataKind.class);
        Map<String, String> labels = new HashMap<>();
        List<RedactionFinding> findings = new ArrayList<>(detections.size());
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Detection d : detections) {
            DataKind kind = d.detector().kind();
            String label = labels.computeIfAbsent(kind + "\u0000" + d.key(),
                    k -> kind.label(counters.merge(kind, 1, Integer::sum)));
            out.append(text, at, d.start()).append(label);
            at = d.end();
            findings.add(new RedactionFinding(kind.wire(), d.detector().name(), d.start(), d.end(), label));
        }
        out.append(text, at, text.length());
        return new Redaction(out.toString(), findings);
    }
}
