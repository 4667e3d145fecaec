package dev.noblame.confluence.markup;

import static dev.noblame.render.Markup.escape;

import java.util.List;

/**
 * Writes a node tree as Confluence storage format: XHTML plus Confluence's own macros
 * ({@code ac:structured-macro}) and resource identifiers ({@code ri:}). The output is a fragment;
 * Confluence declares the {@code ac} and {@code ri} namespaces itself.
 */
public final class StorageWriter {
    private final StringBuilder out;

    private StorageWriter(StringBuilder out) {
        this.out = out;
    }

    public static String write(List<Node> nodes) {
        StringBuilder sb = new StringBuilder(4096);
        new StorageWriter(sb).all(nodes);
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
            element(e);
        } else if (n instanceof Node.Link l) {
            out.append("<a href=\"").append(escape(l.url())).append("\">").append(escape(l.text())).append("</a>");
        } else if (n instanceof Node.Status s) {
            macroStart("status").param("colour", s.colour().parameter()).param("title", s.title());
            out.append("</ac:structured-macro>");
        } else if (n instanceof Node.Details d) {
            details(d);
        } else if (n instanceof Node.JiraIssues j) {
            macroStart("jira");
            if (j.server() != null) {
                param("server", j.server());
            }
            if (j.serverId() != null) {
                param("serverId", j.serverId());
            }
            param("jqlQuery", j.jql()).param("columns", j.columns()).param("maximumIssues", Integer.toString(j.maximumIssues()));
            out.append("</ac:structured-macro>");
        } else if (n instanceof Node.TaskList t) {
            tasks(t);
        } else if (n instanceof Node.User u) {
            out.append("<ac:link><ri:user ").append(u.ref().kind().attribute()).append("=\"").append(escape(u.ref().id()))
                    .append("\"/></ac:link>");
        } else if (n instanceof Node.Date d) {
            out.append("<time datetime=\"").append(d.date()).append("\"/>");
        } else if (n instanceof Node.Chart c) {
            chart(c);
        } else if (n instanceof Node.DetailsSummary s) {
            macroStart("detailssummary").param("cql", s.cql()).param("headings", String.join(",", s.headings()))
                    .param("sortBy", s.sortBy()).param("reverseSort", Boolean.toString(s.reverseSort()))
                    .param("pageSize", Integer.toString(s.pageSize()));
            out.append("</ac:structured-macro>");
        } else if (n instanceof Node.Panel p) {
            macroStart("info");
            out.append("<ac:rich-text-body>");
            all(p.body());
            out.append("</ac:rich-text-body></ac:structured-macro>");
        }
    }

    private void element(Node.Element e) {
        String tag = e.tag().html();
        if (e.tag() == Tag.BR) {
            out.append("<br/>");
            return;
        }
        out.append('<').append(tag).append('>');
        all(e.children());
        out.append("</").append(tag).append('>');
    }

    private void details(Node.Details d) {
        macroStart("details").param("id", d.id());
        out.append("<ac:rich-text-body><table><tbody>");
        for (Node.Row r : d.rows()) {
            out.append("<tr><th>").append(escape(r.key())).append("</th><td>");
            all(r.value());
            out.append("</td></tr>");
        }
        out.append("</tbody></table></ac:rich-text-body></ac:structured-macro>");
    }

    private void tasks(Node.TaskList t) {
        out.append("<ac:task-list>");
        for (Node.Task task : t.tasks()) {
            out.append("<ac:task><ac:task-id>").append(task.id()).append("</ac:task-id><ac:task-status>")
                    .append(task.complete() ? "complete" : "incomplete").append("</ac:task-status><ac:task-body>");
            all(task.body());
            out.append("</ac:task-body></ac:task>");
        }
        out.append("</ac:task-list>");
    }

    /** The chart macro draws from the table in its body: one row per category, one column per series. */
    private void chart(Node.Chart c) {
        macroStart("chart").param("type", c.type().parameter()).param("title", c.title())
                .param("dataOrientation", "vertical").param("xLabel", c.xLabel()).param("width", "640").param("height", "320");
        out.append("<ac:rich-text-body>");
        DataTable.storage(c, out);
        out.append("</ac:rich-text-body></ac:structured-macro>");
    }

    private StorageWriter macroStart(String name) {
        out.append("<ac:structured-macro ac:name=\"").append(name).append("\" ac:schema-version=\"1\">");
        return this;
    }

    private StorageWriter param(String name, String value) {
        out.append("<ac:parameter ac:name=\"").append(name).append("\">").append(escape(value)).append("</ac:parameter>");
        return this;
    }
}
