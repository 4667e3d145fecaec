package dev.noblame.server.web.postmortem;

import dev.noblame.common.Wire;
import dev.noblame.language.Finding;
import dev.noblame.postmortem.Section;
import java.util.List;

/** One template section in the editor: its text, the linter's findings on it, and the text cut for marking. */
public record SectionView(Section section, String text, List<Finding> findings, List<Marked.Run> runs, Rewrites rewrites) {
    public String key() {
        return Wire.name(section);
    }

    public String field() {
        return "section." + key();
    }

    public String id() {
        return "s-" + key().replace('_', '-');
    }

    public String quote(Finding f) {
        return f.end() <= text.length() ? text.substring(f.start(), f.end()) : "";
    }

    /** The one-click rewrite of a finding, or null when the author has to rewrite it. */
    public String rewrite(Finding f) {
        return rewrites.of(f, quote(f)).orElse(null);
    }

    /** What the apply button says: "Replace with “the on-call engineer”" or "Remove “simply”". */
    public String applyLabel(Finding f) {
        String r = rewrite(f);
        return r == null ? "" : r.isEmpty() ? "Remove \u201c" + quote(f) + "\u201d" : "Replace with \u201c" + r + "\u201d";
    }

    /** The value of an apply button: which section and which span. */
    public String applyValue(Finding f) {
        return key() + ":" + f.start() + ":" + f.end();
    }
}
