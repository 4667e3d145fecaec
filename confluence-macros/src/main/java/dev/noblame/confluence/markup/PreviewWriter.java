package dev.noblame.confluence.markup;

import static dev.noblame.render.Markup.escape;

import java.util.List;

/**
 * Writes a node tree as the HTML preview the hub shows: the same content as the storage format,
 * with each Confluence macro drawn the way Confluence draws it (lozenges, a properties table,
 * task check boxes, an inline SVG chart). The page chrome and CSS come from {@link PreviewPage}.
 */
public final class PreviewWriter {
    private final StringBuilder out;

    private PreviewWriter(StringBuilder out) {
        this.out = out;
    }

    public static String write(List<Node> nodes) {
        StringBuilder sb = new StringBuilder(4096);
        new PreviewWriter(sb).all(nodes);
        return sb.toString();
    }

    private void all(List<Node> nodes) {
        for (Node n : nodes) {
            node(n);
        }
    }

    private void node(Node n) {
        if (n instanceof Node.Text t) {
            out.append(escape(t.value()));
        } else if (n instanceof Node.Element e) {
            if (e.tag() == Tag.BR) {
                out.append("<br/>");
                return;
            }
            out.append('<').append(e.tag().html()).append('>');
            all(e.children());
            out.append("</").append(e.tag().html()).append('>');
        } else if (n instanceof Node.Link l) {
            out.append("<a href=\"").append(escape(l.url())).append("\" rel=\"noopener noreferrer\">").append(escape(l.text())).append("</a>");
        } else if (n instanceof Node.Status s) {
            out.append("<span class=\"status status-").append(s.colour().parameter().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(escape(s.title())).append("</span>");
        } else if (n instanceof Node.Details d) {
            out.append("<table class=\"details\"><tbody>");
            for (Node.Row r : d.rows()) {
                out.append("<tr><th>").append(escape(r.key())).append("</th><td>");
                all(r.value());
                out.append("</td></tr>");
            }
            out.append("</tbody></table>");
        } else if (n instanceof Node.JiraIssues j) {
            out.append("<div class=\"jira-issues\"><p class=\"macro-caption\">Jira issues: <code>").append(escape(j.jql()))
                    .append("</code></p>");
            all(j.preview());
            out.append("</div>");
        } else if (n instanceof Node.TaskList t) {
            out.append("<ul class=\"task-list\">");
            for (Node.Task task : t.tasks()) {
                out.append("<li class=\"task ").append(task.complete() ? "complete" : "incomplete").append("\"><input type=\"checkbox\" disabled=\"disabled\"")
                        .append(task.complete() ? " checked=\"checked\"" : "").append("/> ");
                all(task.body());
                out.append("</li>");
            }
            out.append("</ul>");
        } else if (n instanceof Node.User u) {
            String shown = u.ref().displayHint() == null ? u.ref().id() : u.ref().displayHint();
            out.append("<span class=\"user-mention\">@").append(escape(shown)).append("</span>");
        } else if (n instanceof Node.Date d) {
            out.append("<time class=\"date-lozenge\" datetime=\"").append(d.date()).append("\">").append(d.date()).append("</time>");
        } else if (n instanceof Node.Chart c) {
            out.append("<figure class=\"chart\">");
            Svg.chart(c, out);
            out.append("<figcaption>").append(escape(c.title())).append("</figcaption>");
            DataTable.storage(c, out);
            out.append("</figure>");
        } else if (n instanceof Node.DetailsSummary s) {
            summary(s);
        } else if (n instanceof Node.Panel p) {
            out.append("<div class=\"panel info\">");
            all(p.body());
            out.append("</div>");
        }
    }

    private void summary(Node.DetailsSummary s) {
        out.append("<div class=\"details-summary\"><p class=\"macro-caption\">Page properties report: <code>").append(escape(s.cql()))
                .append("</code></p><table><thead><tr><th>Title</th>");
        for (String h : s.headings()) {
            out.append("<th>").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<String> row : s.previewRows()) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>").append(escape(cell)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }
}
