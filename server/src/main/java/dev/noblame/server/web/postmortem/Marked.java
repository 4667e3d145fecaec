package dev.noblame.server.web.postmortem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text cut into plain runs and marked runs, so a template can wrap the marked ones in
 * {@code <mark>} while escaping every run. Spans that overlap an earlier one, or fall outside the
 * text, are left unmarked (their finding is still listed beside the text).
 */
public final class Marked {
    /** A run of text; {@code kind} is null for plain text, else the CSS class of the mark. */
    public record Run(String text, String kind, String title) {
        public boolean marked() {
            return kind != null;
        }
    }

    /** A span to mark: offsets into the text, end exclusive. */
    public record Span(int start, int end, String kind, String title) {
    }

    private Marked() {
    }

    public static List<Run> runs(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Run> out = new ArrayList<>();
        int at = 0;
        for (Span s : sorted) {
            if (s.start() < at || s.end() > text.length() || s.end() <= s.start()) {
                continue;
            }
            if (s.start() > at) {
                out.add(new Run(text.substring(at, s.start()), null, null));
            }
            out.add(new Run(text.substring(s.start(), s.end()), s.kind(), s.title()));
            at = s.end();
        }
        if (at < text.length()) {
            out.add(new Run(text.substring(at), null, null));
        }
        return out;
    }
}
