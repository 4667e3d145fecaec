package dev.noblame.render;

import static dev.noblame.render.Markup.escape;

import dev.noblame.action.ActionItem;
import dev.noblame.common.Wire;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Section;
import java.util.List;

/**
 * A postmortem as a standalone HTML page (or just its body fragment). Every value is escaped
 * with {@link Markup}; section text becomes markup only through {@link RichText}'s subset.
 */
public final class HtmlRenderer {
    private static final String STYLE = "body{font-family:-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60em;margin:2em auto;"
            + "color:#172b4d;line-height:1.5}table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #dfe1e6;"
            + "padding:.3em .6em;text-align:left;vertical-align:top}th{background:#f4f5f7}code{background:#f4f5f7;padding:0 .2em}";

    private HtmlRenderer() {
    }

    public static String page(PostmortemDocument d) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(d.incident().id() + ": " + d.incident().title()) + "</title><style>" + STYLE + "</style></head>\n<body>\n"
                + fragment(d) + "</body></html>\n";
    }

    public static String fragment(PostmortemDocument d) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>").append(escape(d.incident().id() + ": " + d.incident().title())).append("</h1>\n");
        out.append("<table class=\"properties\"><tbody>\n");
        for (PageProperties.Property p : PageProperties.of(d)) {
            out.append("<tr><th>").append(escape(p.key())).append("</th><td>").append(escape(p.value())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        for (Section s : Section.values()) {
            StringBuilder body = new StringBuilder();
            rich(d.postmortem().section(s), body);
            switch (s) {
                case TIMELINE -> timeline(d.timeline(), body);
                case CONTRIBUTING_FACTORS -> factors(d.postmortem().factors(), body);
                case ACTION_ITEMS -> actions(d.actions(), body);
                case SUPPORTING_INFORMATION -> links(d.links(), body);
                default -> { }
            }
            if (body.length() > 0) {
                out.append("<h2>").append(escape(s.title())).append("</h2>\n").append(body);
            }
        }
        return out.toString();
    }

    /** Section text as HTML: only RichText's blocks and inlines become elements. */
    public static void rich(String text, StringBuilder out) {
        for (RichText.Block b : RichText.parse(text)) {
            if (b instanceof RichText.Paragraph p) {
                out.append("<p>");
                for (int i = 0; i < p.lines().size(); i++) {
                    out.append(i > 0 ? "<br/>" : "");
                    inline(p.lines().get(i), out);
                }
                out.append("</p>\n");
            } else if (b instanceof RichText.BulletList l) {
                list("ul", l.items(), out);
            } else if (b instanceof RichText.NumberedList l) {
                list("ol", l.items(), out);
            } else if (b instanceof RichText.Heading h) {
                out.append("<h3>");
                inline(h.text(), out);
                out.append("</h3>\n");
            }
        }
    }

    public static void inline(List<RichText.Inline> inlines, StringBuilder out) {
        for (RichText.Inline i : inlines) {
            if (i instanceof RichText.Strong s) {
                out.append("<strong>").append(escape(s.text())).append("</strong>");
            } else if (i instanceof RichText.Code c) {
                out.append("<code>").append(escape(c.text())).append("</code>");
            } else if (i instanceof RichText.Link l) {
                out.append("<a href=\"").append(escape(l.url())).append("\">").append(escape(l.text())).append("</a>");
            } else {
                out.append(escape(RichText.textOf(i)));
            }
        }
    }

    private static void list(String tag, List<List<RichText.Inline>> items, StringBuilder out) {
        out.append('<').append(tag).append(">\n");
        for (List<RichText.Inline> item : items) {
            out.append("<li>");
            inline(item, out);
            out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
    }

    private static void timeline(List<TimelineEntry> entries, StringBuilder out) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("<table class=\"timeline\"><thead><tr><th>Time (UTC)</th><th>Event</th><th>Source</th></tr></thead><tbody>\n");
        for (TimelineEntry e : entries) {
            out.append("<tr><td>").append(escape(PageProperties.when(e.at()))).append("</td><td>").append(escape(e.text()))
                    .append("</td><td>").append(escape(e.source())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static void factors(List<ContributingFactor> factors, StringBuilder out) {
        if (factors.isEmpty()) {
            return;
        }
        out.append("<ul class=\"factors\">\n");
        for (ContributingFactor f : factors) {
            out.append("<li><strong>").append(escape(Wire.name(f.category()))).append("</strong>: ").append(escape(f.text()));
            if (!f.tags().isEmpty()) {
                out.append(" <em>(").append(escape(String.join(", ", f.tags()))).append(")</em>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void actions(List<ActionItem> actions, StringBuilder out) {
        if (actions.isEmpty()) {
            return;
        }
        out.append("<table class=\"actions\"><thead><tr><th>Action</th><th>Title</th><th>Owner</th><th>Due</th><th>State</th>"
                + "<th>Success criterion</th></tr></thead><tbody>\n");
        for (ActionItem a : actions) {
            out.append("<tr><td>").append(a.id()).append("</td><td>").append(escape(a.title())).append("</td><td>")
                    .append(escape(a.owner())).append("</td><td>").append(a.dueDate() == null ? "" : a.dueDate())
                    .append("</td><td>").append(escape(Wire.name(a.state()))).append("</td><td>")
                    .append(escape(a.successCriterion())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static void links(List<DocumentLink> links, StringBuilder out) {
        if (links.isEmpty()) {
            return;
        }
        out.append("<ul class=\"links\">\n");
        for (DocumentLink l : links) {
            out.append("<li>");
            if (RichText.isSafeUrl(l.url())) {
                out.append("<a href=\"").append(escape(l.url())).append("\">").append(escape(l.title())).append("</a>");
            } else {
                out.append(escape(l.title())).append(": ").append(escape(l.url()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }
}
