package dev.noblame.jira.text;

import java.util.List;

/**
 * Jira wiki markup (Data Center, REST v2). Every character the renderer gives meaning to is
 * escaped with a backslash, so text from a postmortem can never turn into markup, macros or
 * links it did not ask for.
 */
public final class WikiMarkup {
    private static final String SPECIAL = "\\{}[]*_+^~?|!#-";

    private WikiMarkup() {
    }

    public static String render(Doc doc) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Block b : doc.blocks()) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            if (b instanceof Doc.Heading h) {
                sb.append('h').append(h.level()).append(". ").append(escape(oneLine(h.text())));
            } else if (b instanceof Doc.Paragraph p) {
                sb.append(inlines(p.content()));
            } else if (b instanceof Doc.Bullets l) {
                for (int i = 0; i < l.items().size(); i++) {
                    sb.append(i == 0 ? "" : "\n").append("* ").append(oneLine(inlines(l.items().get(i))));
                }
            }
        }
        return sb.toString();
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String inlines(List<Doc.Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Inline i : content) {
            if (i instanceof Doc.Link l) {
                sb.append('[').append(escape(oneLine(l.text()))).append('|').append(safeUrl(l.href().toString())).append(']');
            } else {
                Doc.Text t = (Doc.Text) i;
                if (t.strong() && !t.text().isBlank()) {
                    // *bold* only renders when no space touches the asterisks
                    String core = t.text().strip();
                    int lead = t.text().indexOf(core);
                    sb.append(t.text(), 0, lead).append('*').append(escape(core)).append('*')
                            .append(t.text().substring(lead + core.length()));
                } else {
                    sb.append(escape(t.text()));
                }
            }
        }
        return sb.toString();
    }

    /** A URL inside [text|url] must not close the link early or open a new one. */
    private static String safeUrl(String url) {
        return url.replace("|", "%7C").replace("]", "%5D").replace("[", "%5B").replace(" ", "%20");
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
