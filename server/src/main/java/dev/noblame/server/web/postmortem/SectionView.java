package dev.noblame.server.web.postmortem;

import dev.noblame.common.Wire;
import dev.noblame.language.Finding;
import dev.noblame.postmortem.Section;
import java.util.List;

/** One template section in the editor: its text, the linter's findings on it, and the text cut for marking. */
public record SectionView(Section section, String text, List<Finding> findings, List<Marked.Run> runs) {
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

    /** The value of an apply button: which section and which span. */
    public String applyValue(Finding f) {
        return key() + ":" + f.start() + ":" + f.end();
    }
}
