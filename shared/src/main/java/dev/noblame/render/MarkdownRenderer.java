package dev.noblame.render;

import dev.noblame.action.ActionItem;
import dev.noblame.common.Wire;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Section;
import java.util.List;

/**
 * A postmortem as CommonMark. Every value is escaped: Markdown punctuation gets a backslash and
 * {@code < > &} become entities, so no input turns into a link, an emphasis or raw HTML. Section
 * text goes through {@link RichText}, so only its small Markdown subset survives as formatting.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String render(PostmortemDocument d) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(esc(d.incident().id() + ": " + d.incident().title())).append("\n\n");
        out.append("| Property | Value |\n|---|---|\n");
        for (PageProperties.Property p : PageProperties.of(d)) {
            out.append("| ").append(esc(p.key())).append(" | ").append(esc(p.value())).append(" |\n");
        }
        for (Section s : Section.values()) {
            String body = body(d, s);
            if (!body.isEmpty()) {
                out.append("\n## ").append(esc(s.title())).append("\n\n").append(body.stripTrailing()).append("\n");
            }
        }
        return out.toString();
    }

    private static String body(PostmortemDocument d, Section s) {
        StringBuilder out = new StringBuilder(rich(d.postmortem().section(s)));
        switch (s) {
            case TIMELINE -> timeline(d.timeline(), out);
            case CONTRIBUTING_FACTORS -> factors(d.postmortem().factors(), out);
            case ACTION_ITEMS -> actions(d.actions(), out);
            case SUPPORTING_INFORMATION -> d.links().forEach(l -> out.append(RichText.isSafeUrl(l.url())
                    ? "- [" + esc(l.title()) + "](<" + l.url() + ">)\n" : "- " + esc(l.title()) + ": " + esc(l.url()) + "\n"));
            default -> { }
        }
        return out.toString();
    }

    private static void timeline(List<TimelineEntry> entries, StringBuilder out) {
        if (entries.isEmpty()) {
            return;
        }
        sep(out).append("| Time (UTC) | Event | Source |\n|---|---|---|\n");
        for (TimelineEntry e : entries) {
            out.append("| ").append(esc(PageProperties.when(e.at()))).append(" | ").append(esc(e.text()))
                    .append(" | ").append(esc(e.source())).append(" |\n");
        }
    }

    private static void factors(List<ContributingFactor> factors, StringBuilder out) {
        if (factors.isEmpty()) {
            return;
        }
        sep(out);
        for (ContributingFactor f : factors) {
            out.append("- **").append(esc(Wire.name(f.category()))).append("**: ").append(esc(f.text()));
            if (!f.tags().isEmpty()) {
                out.append(" (").append(esc(String.join(", ", f.tags()))).append(")");
            }
            out.append("\n");
        }
    }

    private static void actions(List<ActionItem> actions, StringBuilder out) {
        if (actions.isEmpty()) {
            return;
        }
        sep(out).append("| Action | Title | Owner | Due | State | Success criterion |\n|---|---|---|---|---|---|\n");
        for (ActionItem a : actions) {
            out.append("| ").append(a.id()).append(" | ").append(esc(a.title())).append(" | ").append(esc(nz(a.owner())))
                    .append(" | ").append(a.dueDate() == null ? "" : a.dueDate()).append(" | ").append(esc(Wire.name(a.state())))
                    .append(" | ").append(esc(nz(a.successCriterion()))).append(" |\n");
        }
    }

    private static String rich(String text) {
        StringBuilder out = new StringBuilder();
        for (RichText.Block b : RichText.parse(text)) {
            if (b instanceof RichText.Paragraph p) {
                for (int i = 0; i < p.lines().size(); i++) {
                    out.append(inline(p.lines().get(i))).append(i + 1 < p.lines().size() ? "  \n" : "\n");
                }
            } else if (b instanceof RichText.BulletList l) {
                l.items().forEach(item -> out.append("- ").append(inline(item)).append("\n"));
            } else if (b instanceof RichText.NumberedList l) {
                for (int i = 0; i < l.items().size(); i++) {
                    out.append(i + 1).append(". ").append(inline(l.items().get(i))).append("\n");
                }
            } else if (b instanceof RichText.Heading h) {
                out.append("### ").append(inline(h.text())).append("\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    private static String inline(List<RichText.Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (RichText.Inline i : inlines) {
            if (i instanceof RichText.Strong s) {
                out.append("**").append(esc(s.text())).append("**");
            } else if (i instanceof RichText.Code c) {
                out.append("<code>").append(entities(c.text())).append("</code>");
            } else if (i instanceof RichText.Link l) {
                out.append("[").append(esc(l.text())).append("](<").append(l.url()).append(">)");
            } else {
                out.append(esc(RichText.textOf(i)));
            }
        }
        return out.toString();
    }

    private static StringBuilder sep(StringBuilder out) {
        if (out.length() > 0) {
            out.append("\n");
        }
        return out;
    }

    /** Escapes a plain value for any Markdown context, table cells included (newlines become spaces). */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~', '{', '}' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String entities(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
