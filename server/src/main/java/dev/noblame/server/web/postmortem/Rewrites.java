package dev.noblame.server.web.postmortem;

import dev.noblame.language.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The editor's one-click rewrites: for some linter findings, a drop-in replacement for the
 * flagged text ("the on-call engineer" for a person's name, nothing for "simply"). The table is
 * data, {@code /web/rewrites.tsv}, so a reviewer can read and change it. Findings without a
 * rewrite keep only the linter's suggestion, which guides the author's own rewrite.
 */
public final class Rewrites {
    /** {@code phrase} is the flagged text in lower case, or null for any text of that rule. */
    public record Entry(String rule, String phrase, String replacement) {
    }

    private static final com.google.gson.Gson GSON = new com.google.gson.Gson();

    private final List<Entry> entries;

    public Rewrites(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Rewrites load() {
        try (InputStream in = Rewrites.class.getResourceAsStream("/web/rewrites.tsv")) {
            if (in == null) {
                throw new IllegalStateException("/web/rewrites.tsv is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /web/rewrites.tsv", e);
        }
    }

    static Rewrites parse(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalStateException("rewrites.tsv line " + n + ": expected rule, phrase and replacement separated by tabs");
            }
            out.add(new Entry(cols[0].strip(), "*".equals(cols[1].strip()) ? null : cols[1].strip().toLowerCase(Locale.ROOT),
                    cols[2].strip()));
        }
        return new Rewrites(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The replacement for a finding whose flagged text is {@code quoted}, if the table has one. */
    public Optional<String> of(Finding f, String quoted) {
        String q = quoted.strip().toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.rule().equals(f.rule()) && (e.phrase() == null || e.phrase().equals(q)))
                .map(Entry::replacement).findFirst();
    }

    /**
     * The text with [start, end) replaced. A removal also takes one neighbouring space, so no
     * double space is left; at the start of a sentence the word that now opens it gets a capital.
     * The editor script applies the same two rules in the browser.
     */
    public static String apply(String text, int start, int end, String replacement) {
        int s = start;
        int e = end;
        if (replacement.isEmpty()) {
            if (e < text.length() && text.charAt(e) == ' ') {
                e++;
            } else if (s > 0 && text.charAt(s - 1) == ' ') {
                s--;
            }
        }
        String before = text.substring(0, s);
        String after = text.substring(e);
        if (opensSentence(before)) {
            if (!replacement.isEmpty()) {
                replacement = capitalise(replacement);
            } else {
                after = capitalise(after);
            }
        }
        return before + replacement + after;
    }

    static boolean opensSentence(String before) {
        String t = before.stripTrailing();
        return t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("\n") || before.endsWith("\n");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The table as JSON for the editor script: [{"rule":..,"phrase":..|null,"replacement":..}]. */
    public String json() {
        StringBuilder out = new StringBuilder("[");
        for (Entry e : entries) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"rule\":").append(quote(e.rule())).append(",\"phrase\":")
                    .append(e.phrase() == null ? "null" : quote(e.phrase())).append(",\"replacement\":")
                    .append(quote(e.replacement())).append('}');
        }
        return out.append(']').toString();
    }

    private static String quote(String s) {
        return GSON.toJson(s);
    }
}
